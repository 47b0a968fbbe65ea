package org.ruralitic.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.Slug;
import org.ruralitic.common.Slugs;
import org.ruralitic.event.Edition;
import org.ruralitic.theme.Theme;

/**
 * A session of an edition's programme: a keynote, a round table, a workshop...
 * <p>
 * Named so that it never clashes with the other sessions of a Jakarta EE application (HTTP, mail, Hibernate).
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_session", uniqueConstraints = @UniqueConstraint(columnNames = { "edition_id", "slug" }))
public class ProgrammeSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @Slug
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 4000)
    @Column(name = "abstract_text", length = 4000)
    private String summary;

    @NotNull
    @Column(name = "start_local", nullable = false)
    private LocalDateTime startLocal;

    @NotNull
    @Column(name = "end_local", nullable = false)
    private LocalDateTime endLocal;

    @Size(max = 120)
    @Column(length = 120)
    private String room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    private Theme track;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionFormat format;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "rt_session_speaker", joinColumns = @JoinColumn(name = "session_id"),
        inverseJoinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "speaker_order")
    private List<Speaker> speakers = new ArrayList<>();

    protected ProgrammeSession() {
    }

    /**
     * @param edition the edition whose programme it belongs to.
     * @param slug the slug of its URL, unique within the edition.
     * @param title its title.
     * @param startLocal when it starts, in the edition's zone.
     * @param endLocal when it ends, in the edition's zone.
     * @param format its format.
     */
    public ProgrammeSession(Edition edition, String slug, String title, LocalDateTime startLocal, LocalDateTime endLocal,
        SessionFormat format) {
        this.edition = Objects.requireNonNull(edition, "edition is required");
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.title = Objects.requireNonNull(title, "title is required");
        this.startLocal = Objects.requireNonNull(startLocal, "start is required");
        this.endLocal = Objects.requireNonNull(endLocal, "end is required");
        this.format = Objects.requireNonNull(format, "format is required");
    }

    /** @return whether the session ends after it starts. */
    @AssertTrue(message = "{ruralitic.session.dates}")
    public boolean isEndAfterStart() {
        return startLocal == null || endLocal == null || endLocal.isAfter(startLocal);
    }

    /**
     * @param summary the abstract.
     * @param room the room, or {@code null}.
     * @param track the track (a theme), or {@code null}.
     */
    public void describe(String summary, String room, Theme track) {
        this.summary = summary;
        this.room = room;
        this.track = track;
    }

    /**
     * Changes what the session is and when it takes place (the back-office's edit).
     *
     * @param title its title.
     * @param startLocal when it starts, in the edition's zone.
     * @param endLocal when it ends, in the edition's zone.
     * @param format its format.
     */
    public void reschedule(String title, LocalDateTime startLocal, LocalDateTime endLocal, SessionFormat format) {
        this.title = Objects.requireNonNull(title, "title is required");
        this.startLocal = Objects.requireNonNull(startLocal, "start is required");
        this.endLocal = Objects.requireNonNull(endLocal, "end is required");
        this.format = Objects.requireNonNull(format, "format is required");
    }

    /**
     * @param newSpeakers the speakers, in their order; duplicates are kept once.
     */
    public void replaceSpeakers(List<Speaker> newSpeakers) {
        speakers.clear();
        newSpeakers.forEach(this::addSpeaker);
    }

    /**
     * @param speaker a speaker to take out of the session, which stays.
     * @return whether they spoke in it.
     */
    public boolean removeSpeaker(Speaker speaker) {
        return speakers.remove(speaker);
    }

    /**
     * @param speaker a speaker, appended after the others.
     */
    public void addSpeaker(Speaker speaker) {
        Objects.requireNonNull(speaker, "speaker is required");
        if (!speakers.contains(speaker)) {
            speakers.add(speaker);
        }
    }

    /**
     * Records when the session last changed: calendars publish it, with {@link #getVersion()} as their sequence.
     *
     * @param now the time of the change.
     */
    public void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now is required");
    }

    /** @return when it last changed, or {@code null} if never recorded. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return the day it takes place, in the edition's zone. */
    public LocalDate day() {
        return startLocal.toLocalDate();
    }

    /** @return when it starts. */
    public ZonedDateTime start() {
        return startLocal.atZone(edition.zone());
    }

    /** @return when it ends. */
    public ZonedDateTime end() {
        return endLocal.atZone(edition.zone());
    }

    /** @return the edition whose programme it belongs to. */
    public Edition getEdition() {
        return edition;
    }

    /** @return the slug of its URL. */
    public String getSlug() {
        return slug;
    }

    /** @return the title. */
    public String getTitle() {
        return title;
    }

    /** @return the abstract, or {@code null}. */
    public String getSummary() {
        return summary;
    }

    /** @return when it starts, in the edition's zone. */
    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    /** @return when it ends, in the edition's zone. */
    public LocalDateTime getEndLocal() {
        return endLocal;
    }

    /** @return the room, or {@code null}. */
    public String getRoom() {
        return room;
    }

    /** @return the track, or {@code null}. */
    public Theme getTrack() {
        return track;
    }

    /** @return the format. */
    public SessionFormat getFormat() {
        return format;
    }

    /** @return the speakers, in order. */
    public List<Speaker> getSpeakers() {
        return Collections.unmodifiableList(speakers);
    }

    @Override
    public String toString() {
        return slug;
    }
}
