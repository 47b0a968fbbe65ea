package org.ruralitic.newsletter;

/**
 * Where a subscription stands.
 *
 * @since 0.1
 */
public enum SubscriptionStatus {
    /** Signed up, confirmation mail sent, not yet confirmed. */
    PENDING,
    /** Confirmed by the subscriber: receives the newsletter. */
    CONFIRMED,
    /** Unsubscribed: receives nothing. */
    UNSUBSCRIBED
}
