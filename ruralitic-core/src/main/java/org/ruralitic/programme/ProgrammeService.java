package org.ruralitic.programme;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.Persistence;
import org.ruralitic.event.Edition;

/**
 * The programme of an edition, day by day, and its speakers.
 * <p>
 * A programme is read in one SQL statement, whatever its size: sessions come with their speakers, track and edition.
 *
 * <h2>Usage</h2>
 * <pre>
 * for (ProgrammeDay day : programme.byDay(edition)) { ... }
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    // Sessions of the edition and of the days co-located with it. DISTINCT: one session per row on EclipseLink.
    private static final String SESSIONS = "SELECT DISTINCT s FROM ProgrammeSession s LEFT JOIN FETCH s.speakers"
        + " LEFT JOIN FETCH s.track JOIN FETCH s.edition e LEFT JOIN e.partOf m"
        + " WHERE (e = :edition OR m = :edition)";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    /** For CDI. */
    protected ProgrammeService() {
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     */
    public ProgrammeService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param edition a main edition or a co-located day.
     * @return its sessions and those of the days co-located with it, grouped by day, each day by start time.
     */
    public List<ProgrammeDay> byDay(@NotNull Edition edition) {
        List<ProgrammeSession> sessions = sessionsOf(edition);
        Map<LocalDate, List<ProgrammeSession>> days = new LinkedHashMap<>();
        for (ProgrammeSession session : sessions) {
            days.computeIfAbsent(session.day(), day -> new ArrayList<>()).add(session);
        }
        return days.entrySet().stream().map(day -> new ProgrammeDay(day.getKey(), List.copyOf(day.getValue()))).toList();
    }

    /**
     * @param edition a main edition or a co-located day.
     * @return its sessions and those of the days co-located with it, by start time then room.
     */
    public List<ProgrammeSession> sessionsOf(@NotNull Edition edition) {
        List<ProgrammeSession> sessions = new ArrayList<>(entityManager.createQuery(SESSIONS, ProgrammeSession.class)
            .setParameter("edition", reference(edition)).getResultList());
        // Sorted here: ORDER BY beside DISTINCT and fetch joins is not portable across providers and databases.
        sessions.sort(Comparator.comparing(ProgrammeSession::getStartLocal)
            .thenComparing(session -> session.getRoom() == null ? "" : session.getRoom())
            .thenComparing(ProgrammeSession::getSlug));
        return sessions;
    }

    /**
     * @param edition the edition the session belongs to.
     * @param slug a session slug, possibly from a URL.
     * @return the session, with its speakers, track and edition.
     */
    public Optional<ProgrammeSession> findSession(@NotNull Edition edition, String slug) {
        return Persistence.single(entityManager.createQuery(SESSIONS + " AND s.slug = :slug", ProgrammeSession.class)
            .setParameter("edition", reference(edition)).setParameter("slug", slug));
    }

    /**
     * @param edition a main edition or a co-located day.
     * @return the people who speak in its programme, by name in French alphabetical order.
     */
    public List<Speaker> speakersOf(@NotNull Edition edition) {
        List<Speaker> speakers = new ArrayList<>(entityManager.createQuery("SELECT DISTINCT sp FROM ProgrammeSession s"
            + " JOIN s.speakers sp JOIN s.edition e LEFT JOIN e.partOf m WHERE (e = :edition OR m = :edition)",
            Speaker.class).setParameter("edition", reference(edition)).getResultList());
        // Sorted here: each database collates accents differently; "É" sorts with "E" on every one this way.
        speakers.sort(Comparator.comparing(Speaker::getName, Collator.getInstance(Locale.FRENCH)));
        return speakers;
    }

    /**
     * @param slug a speaker slug, possibly from a URL.
     * @return the speaker.
     */
    public Optional<Speaker> findSpeaker(String slug) {
        return Persistence.single(entityManager.createNamedQuery(Speaker.FIND_BY_SLUG, Speaker.class)
            .setParameter("slug", slug));
    }

    /**
     * Records a speaker, or returns the one that has the slug already.
     *
     * @param speaker the speaker, built by the caller.
     * @return the managed speaker.
     */
    public Speaker defineSpeaker(@NotNull @Valid Speaker speaker) {
        Optional<Speaker> existing = findSpeaker(speaker.getSlug());
        if (existing.isPresent()) {
            return existing.get();
        }
        return Persistence.save(entityManager, speaker);
    }

    /**
     * Adds a session to an edition's programme.
     *
     * @param session the session, built by the caller with managed edition, track and speakers.
     * @return the managed session.
     */
    public ProgrammeSession schedule(@NotNull @Valid ProgrammeSession session) {
        return Persistence.save(entityManager, session);
    }

    private Edition reference(Edition edition) {
        return entityManager.getReference(Edition.class, edition.getId());
    }
}
