package org.ruralitic.newsletter;

/**
 * What a sign-up tells the person: always the same, whether the address is new, waiting for confirmation, already
 * confirmed or unsubscribed, and whether or not the submission looked like a robot's, so that the form reveals
 * nothing about who is on the list.
 *
 * @since 0.1
 */
public enum SignUpOutcome {
    /** "Check your inbox": a confirmation mail is on its way if one is due. */
    CHECK_YOUR_INBOX
}
