package org.ruralitic.faces.programme;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.faces.calendar.CalendarServlet;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.event.EditionChoice;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeService;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.SessionFormat;
import org.ruralitic.programme.Speaker;
import org.ruralitic.theme.Theme;

/**
 * Backs {@code <r:programme>}, {@code /ruralitic/programme}, a session's page and the speakers' page. The programme
 * is read once (one SQL statement) and filtered here by day ({@code ?day=2019-08-28}), track ({@code ?track=code})
 * and format ({@code ?format=keynote}); unknown values are ignored, never an error.
 *
 * @since 0.1
 */
@Named("rtProgramme")
@RequestScoped
public class ProgrammePage {

    @Inject
    ProgrammeService programme;

    @Inject
    EditionChoice edition;

    @Inject
    Page page;

    private List<ProgrammeSession> sessions;
    private Optional<ProgrammeSession> session;
    private List<ProgrammeDay> days;

    /** @return all sessions of the edition (and its co-located days), by start time. */
    public List<ProgrammeSession> getSessions() {
        if (sessions == null) {
            Edition current = edition.getCurrent();
            sessions = current == null ? List.of() : programme.sessionsOf(current);
        }
        return sessions;
    }

    /** @return the sessions the filters keep, grouped by day. */
    public List<ProgrammeDay> getDays() {
        // Asked for twice by <r:programme> (whether it is empty, then its markup): grouped once per request.
        if (days == null) {
            days = groupedDays();
        }
        return days;
    }

    private List<ProgrammeDay> groupedDays() {
        String day = page.param("day");
        String track = page.param("track");
        String format = page.param("format");
        Map<LocalDate, List<ProgrammeSession>> days = new LinkedHashMap<>();
        for (ProgrammeSession session : getSessions()) {
            boolean kept = (day == null || session.day().toString().equals(day))
                && (track == null || session.getTrack() != null && session.getTrack().getCode().equals(track))
                && (format == null || session.getFormat().name().equalsIgnoreCase(format.replace('-', '_')));
            if (kept) {
                days.computeIfAbsent(session.day(), key -> new ArrayList<>()).add(session);
            }
        }
        return days.entrySet().stream().map(entry -> new ProgrammeDay(entry.getKey(), entry.getValue())).toList();
    }

    /** @return the days of the programme, for the day filter. */
    public List<LocalDate> getDayChoices() {
        return getSessions().stream().map(ProgrammeSession::day).distinct().toList();
    }

    /** @return the tracks of the programme, for the track filter. */
    public List<Theme> getTrackChoices() {
        Set<Theme> tracks = new LinkedHashSet<>();
        getSessions().stream().map(ProgrammeSession::getTrack).filter(track -> track != null)
            .sorted(Comparator.comparing(Theme::getCode)).forEach(tracks::add);
        return List.copyOf(tracks);
    }

    /** @return the formats of the programme, for the format filter. */
    public List<SessionFormat> getFormatChoices() {
        return getSessions().stream().map(ProgrammeSession::getFormat).distinct().sorted().toList();
    }

    /**
     * @param format a format.
     * @return its value in addresses, such as {@code round-table}.
     */
    public String code(SessionFormat format) {
        return codeOf(format);
    }

    static String codeOf(SessionFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the path of the programme's calendar, for the edition and the track filter of the page. */
    public String getCalendarPath() {
        Edition current = edition.getCurrent();
        String track = page.param("track");
        return current == null ? null
            : CalendarServlet.programmePath(current) + (track == null ? "" : "?track=" + track);
    }

    /** @return whether a filter is on. */
    public boolean isFiltered() {
        return page.param("day") != null || page.param("track") != null || page.param("format") != null;
    }

    /** Answers 404 when the address names no session of the edition. */
    public void loadSession() {
        if (getSession() == null) {
            page.notFound();
        }
    }

    /** @return the session the address names, or {@code null}. */
    public ProgrammeSession getSession() {
        if (session == null) {
            Edition current = edition.getCurrent();
            session = current == null || page.getSlug() == null ? Optional.empty()
                : getSessions().stream().filter(found -> found.getSlug().equals(page.getSlug())).findFirst();
        }
        return session.orElse(null);
    }

    /**
     * @return the speakers of the programme by name in French order, each with their sessions; read from the
     *         programme itself, so no further SQL statement.
     */
    public List<SpeakerSessions> getSpeakers() {
        Map<Long, SpeakerSessions> bySpeaker = new LinkedHashMap<>();
        for (ProgrammeSession session : getSessions()) {
            for (Speaker speaker : session.getSpeakers()) {
                bySpeaker.computeIfAbsent(speaker.getId(), id -> new SpeakerSessions(speaker, new ArrayList<>()))
                    .sessions().add(session);
            }
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        return bySpeaker.values().stream().sorted(Comparator.comparing(entry -> entry.speaker().getName(), french))
            .toList();
    }

    /**
     * A speaker and the sessions they speak in.
     *
     * @param speaker the speaker.
     * @param sessions their sessions, by start time.
     */
    public record SpeakerSessions(Speaker speaker, List<ProgrammeSession> sessions) {
    }
}
