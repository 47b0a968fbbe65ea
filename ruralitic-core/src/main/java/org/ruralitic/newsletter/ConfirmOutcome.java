package org.ruralitic.newsletter;

/**
 * What following a confirmation link did, for the page to say so.
 *
 * @since 0.1
 */
public enum ConfirmOutcome {
    /** The subscription is confirmed now. */
    CONFIRMED,
    /** The link was used already: the subscription was confirmed before (and may have ended since). */
    ALREADY_USED,
    /** The link is too old: sign up again for a new one. */
    EXPIRED,
    /** No such link: mistyped, replaced by a newer mail, or the sign-up was erased or withdrawn. */
    UNKNOWN
}
