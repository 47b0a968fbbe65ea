package org.ruralitic.mail;

/**
 * Where a mail of the outbox stands.
 *
 * @since 0.1
 */
public enum OutboxStatus {
    /** To send, at its next attempt time (possibly leased by a dispatcher right now). */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after too many attempts; kept with its last error, for someone to look at. */
    FAILED
}
