package org.ruralitic.guard;

/**
 * What a {@linkplain FormStamps form stamp} says about a submission.
 *
 * @since 0.1
 */
public enum StampCheck {
    /** Signed by us, filled in a plausible time. */
    VALID,
    /** Submitted sooner after the form was shown than a person could: a robot. */
    TOO_FAST,
    /** Older than the longest time a form is accepted: a replay, or a page left open for hours. */
    TOO_OLD,
    /** Missing, malformed, or not signed by us. */
    FORGED
}
