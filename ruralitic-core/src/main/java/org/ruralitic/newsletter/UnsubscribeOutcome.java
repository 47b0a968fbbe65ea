package org.ruralitic.newsletter;

/**
 * What following an unsubscribe link did. Following it again gives the same outcome.
 *
 * @since 0.1
 */
public enum UnsubscribeOutcome {
    /** The address receives nothing more (now, or since an earlier click). */
    UNSUBSCRIBED,
    /** No such link: mistyped, or the address was erased. */
    UNKNOWN
}
