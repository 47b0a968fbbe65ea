package org.ruralitic.programme;

/**
 * Something the editor is told before saving a session, and may save over: a warning, never a refusal.
 *
 * @param kind what is wrong.
 * @param subject the speaker's name or the room; {@code null} for a session outside the edition's dates.
 * @param otherSession the title of the session it clashes with; {@code null} for a session outside the dates.
 * @since 0.3
 */
public record SessionWarning(Kind kind, String subject, String otherSession) {

    /** The kinds of warning. */
    public enum Kind {
        /** A speaker speaks in another session at the same time. */
        SPEAKER_BUSY,
        /** Another session takes place in the same room at the same time. */
        ROOM_TAKEN,
        /** The session's day is not one of the edition's days. */
        OUTSIDE_EDITION
    }
}
