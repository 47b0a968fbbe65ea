package org.ruralitic.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the session form holds: a new session ({@code id} {@code null}) or a change to one at {@code version}.
 *
 * <h2>Usage</h2>
 * <pre>
 * SessionDraft draft = new SessionDraft(null, 0, edition.getId(), "Keynote", null, day, nine, ten, "Amphi", null,
 *     SessionFormat.KEYNOTE, List.of(speaker.getId()));
 * List&lt;SessionWarning&gt; warnings = editing.check(actor, draft);
 * </pre>
 *
 * @param id the session, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param editionId the edition whose programme it belongs to.
 * @param title its title.
 * @param summary its abstract, with inline formatting, or {@code null}.
 * @param day the day, in the edition's zone.
 * @param start when it starts that day.
 * @param end when it ends that day.
 * @param room the room, or {@code null}.
 * @param trackId the track (a theme), or {@code null}.
 * @param format its format.
 * @param speakerIds its speakers, in order.
 * @since 0.3
 */
public record SessionDraft(Long id, int version, @NotNull Long editionId,
    @NotBlank(message = "{ruralitic.session.title}") @Size(max = 200) String title, @Size(max = 4000) String summary,
    @NotNull(message = "{ruralitic.session.day}") LocalDate day,
    @NotNull(message = "{ruralitic.session.time}") LocalTime start,
    @NotNull(message = "{ruralitic.session.time}") LocalTime end, @Size(max = 120) String room, Long trackId,
    @NotNull SessionFormat format, List<Long> speakerIds) {

    /** Defensive copy of the speakers. */
    public SessionDraft {
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
    }

    /** @return whether the session ends after it starts. */
    @AssertTrue(message = "{ruralitic.session.dates}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    /** @return when it starts, in the edition's zone. */
    public LocalDateTime startLocal() {
        return day.atTime(start);
    }

    /** @return when it ends, in the edition's zone. */
    public LocalDateTime endLocal() {
        return day.atTime(end);
    }

    /**
     * @param session a session.
     * @return the draft of its current state, for the form.
     */
    public static SessionDraft of(ProgrammeSession session) {
        return new SessionDraft(session.getId(), session.getVersion(), session.getEdition().getId(),
            session.getTitle(), session.getSummary(), session.day(), session.getStartLocal().toLocalTime(),
            session.getEndLocal().toLocalTime(), session.getRoom(),
            session.getTrack() == null ? null : session.getTrack().getId(), session.getFormat(),
            session.getSpeakers().stream().map(Speaker::getId).toList());
    }
}
