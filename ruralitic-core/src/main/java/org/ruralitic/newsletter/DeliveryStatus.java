package org.ruralitic.newsletter;

/**
 * Where the mail of one issue to one subscriber stands.
 *
 * @since 0.3
 */
public enum DeliveryStatus {
    /** To send, now or at its next attempt. */
    PENDING,
    /** Claimed by a server, being handed to SMTP. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after too many failed attempts. */
    FAILED,
    /** Not sent: the address unsubscribed or bounced before its turn. */
    SKIPPED,
    /** Sent, then reported undeliverable by a delivery status notification. */
    BOUNCED
}
