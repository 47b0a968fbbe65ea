package org.ruralitic.newsletter;

import java.io.Serializable;

/**
 * The figures of a sent issue, aggregate only: no opening or click is tracked (no pixel, no rewritten link).
 *
 * @param recipients the confirmed subscribers it was sent to.
 * @param sent mails accepted by the SMTP server.
 * @param pending mails still to send (retried after a failure included).
 * @param failed mails given up after too many failures.
 * @param skipped mails not sent because the address unsubscribed or bounced before its turn.
 * @param bounced mails reported undeliverable afterwards.
 * @param unsubscribedSince recipients who unsubscribed since the send started.
 * @since 0.3
 */
public record IssueFigures(int recipients, long sent, long pending, long failed, long skipped, long bounced,
    long unsubscribedSince) implements Serializable {
}
