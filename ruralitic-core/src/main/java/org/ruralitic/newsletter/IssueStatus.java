package org.ruralitic.newsletter;

/**
 * Where a newsletter issue stands.
 *
 * @since 0.3
 */
public enum IssueStatus {
    /** Being composed: editable, not in the archive. */
    DRAFT,
    /** Its deliveries are being sent: frozen, in the archive. */
    SENDING,
    /** Every delivery is done (sent, given up or skipped). */
    SENT
}
