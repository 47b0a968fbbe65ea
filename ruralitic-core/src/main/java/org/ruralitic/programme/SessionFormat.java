package org.ruralitic.programme;

/**
 * The format of a programme session.
 *
 * @since 0.1
 */
public enum SessionFormat {
    /** A keynote or plenary address. */
    KEYNOTE,
    /** A talk. */
    TALK,
    /** A round table of several speakers. */
    ROUND_TABLE,
    /** A hands-on workshop. */
    WORKSHOP,
    /** A demonstration. */
    DEMO,
    /** A networking time, a break or a meal. */
    NETWORKING
}
