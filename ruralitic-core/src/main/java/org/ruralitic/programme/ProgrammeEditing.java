package org.ruralitic.programme;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Slugs;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.theme.Theme;

/**
 * The back-office of the programme: editors create, change and delete an edition's sessions and its speakers, and
 * remove a speaker who asks it. Every change is audited and refused over a concurrent one
 * ({@link EditConflictException}); a session changed shows to calendar subscribers as a new revision.
 *
 * <h2>Usage</h2>
 * <pre>
 * List&lt;SessionWarning&gt; warnings = editing.check(actor, draft); // shown, then saved once confirmed
 * ProgrammeSession saved = editing.save(actor, draft);
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class ProgrammeEditing {

    /** The subject type of sessions in the audit log. */
    public static final String SESSION = "session";
    /** The subject type of speakers in the audit log. */
    public static final String SPEAKER = "speaker";

    private static final String SESSIONS_OF_SPEAKER = "SELECT DISTINCT s FROM ProgrammeSession s"
        + " JOIN s.speakers sp LEFT JOIN FETCH s.speakers WHERE sp.id = :speaker";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected ProgrammeEditing() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the changes.
     * @param audit the audit log.
     */
    public ProgrammeEditing(EntityManager entityManager, Clock clock, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param actor who asks: an editor.
     * @param editionId an edition, main or co-located.
     * @return the programme of its main edition, for the back-office, or empty when there is no such edition; three
     *     statements whatever the number of sessions.
     */
    public Optional<ProgrammeOutline> outline(@NotNull Actor actor, long editionId) {
        actor.require(Role.EDITOR);
        Edition found = entityManager.find(Edition.class, editionId);
        if (found == null) {
            return Optional.empty();
        }
        Edition main = found.getPartOf() != null ? found.getPartOf() : found;
        List<Edition> parts = new ArrayList<>();
        parts.add(main);
        parts.addAll(new EditionService(entityManager, clock).colocatedWith(main));
        return Optional.of(new ProgrammeOutline(main, parts, new ProgrammeService(entityManager).byDay(main)));
    }

    /**
     * @param actor who asks: an editor.
     * @param draft the session as the form holds it.
     * @return what the editor should know before saving it: a speaker or a room taken at that time, a day outside
     *     the edition's; empty when nothing.
     */
    public List<SessionWarning> check(@NotNull Actor actor, @NotNull @Valid SessionDraft draft) {
        actor.require(Role.EDITOR);
        Edition edition = edition(draft.editionId());
        List<SessionWarning> warnings = new ArrayList<>();
        LocalDate first = edition.getStartLocal().toLocalDate();
        LocalDate last = edition.getEndLocal().toLocalDate();
        if (draft.day().isBefore(first) || draft.day().isAfter(last)) {
            warnings.add(new SessionWarning(SessionWarning.Kind.OUTSIDE_EDITION, null, null));
        }
        Edition main = edition.getPartOf() != null ? edition.getPartOf() : edition;
        Set<Long> speakers = Set.copyOf(draft.speakerIds());
        for (ProgrammeSession other : new ProgrammeService(entityManager).sessionsOf(main)) {
            boolean overlaps = other.getStartLocal().isBefore(draft.endLocal())
                && draft.startLocal().isBefore(other.getEndLocal());
            if (!overlaps || Objects.equals(other.getId(), draft.id())) {
                continue;
            }
            if (draft.room() != null && !draft.room().isBlank() && other.getRoom() != null
                && other.getRoom().strip().equalsIgnoreCase(draft.room().strip())) {
                warnings.add(new SessionWarning(SessionWarning.Kind.ROOM_TAKEN, other.getRoom(), other.getTitle()));
            }
            for (Speaker speaker : other.getSpeakers()) {
                if (speakers.contains(speaker.getId())) {
                    warnings.add(new SessionWarning(SessionWarning.Kind.SPEAKER_BUSY, speaker.getName(),
                        other.getTitle()));
                }
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * Creates or changes a session; warnings are the caller's to show first ({@link #check}).
     *
     * @param actor who saves: an editor.
     * @param draft the session as the form holds it.
     * @return the saved session.
     * @throws EditConflictException when someone else changed it since the form was read.
     */
    public ProgrammeSession save(@NotNull Actor actor, @NotNull @Valid SessionDraft draft) {
        actor.require(Role.EDITOR);
        Edition edition = edition(draft.editionId());
        Theme track = draft.trackId() == null ? null : entityManager.find(Theme.class, draft.trackId());
        List<Speaker> speakers = speakers(draft.speakerIds());
        ProgrammeSession session;
        boolean created = draft.id() == null;
        if (created) {
            session = new ProgrammeSession(edition, freeSlug(edition, draft.title()), draft.title().strip(),
                draft.startLocal(), draft.endLocal(), draft.format());
        }
        else {
            session = session(draft.id());
            if (session.getVersion() != draft.version()) {
                throw new EditConflictException("?", session.getUpdatedAt(), session.getVersion(), 0);
            }
            session.reschedule(draft.title().strip(), draft.startLocal(), draft.endLocal(), draft.format());
        }
        session.describe(blankToNull(draft.summary()), blankToNull(draft.room()), track);
        session.replaceSpeakers(speakers);
        session.touch(clock.instant());
        if (created) {
            entityManager.persist(session);
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, SESSION, session.getId(),
            session.getTitle());
        return session;
    }

    /**
     * @param actor who deletes: an editor.
     * @param id the session.
     * @param version the version the editor saw.
     * @throws EditConflictException when someone else changed it since.
     */
    public void delete(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        ProgrammeSession session = session(id);
        if (session.getVersion() != version) {
            throw new EditConflictException("?", session.getUpdatedAt(), session.getVersion(), 0);
        }
        entityManager.remove(session);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.DELETE, SESSION, id, session.getTitle());
    }

    /**
     * @param actor who asks: an editor.
     * @param id a session.
     * @return its draft, for the form, or {@code null} when there is none.
     */
    public SessionDraft draft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        ProgrammeSession session = entityManager.find(ProgrammeSession.class, id);
        return session == null ? null : SessionDraft.of(session);
    }

    /**
     * @param actor who asks: an editor.
     * @return every speaker, by name in French alphabetical order, in one statement.
     */
    public List<Speaker> speakers(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        List<Speaker> all = new ArrayList<>(entityManager.createQuery("SELECT s FROM Speaker s", Speaker.class)
            .getResultList());
        all.sort(Comparator.comparing(Speaker::getName, Collator.getInstance(Locale.FRENCH)));
        return all;
    }

    /**
     * @param actor who asks: an editor.
     * @param id a speaker.
     * @return their draft, for the form, or {@code null} when there is none.
     */
    public SpeakerDraft speakerDraft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Speaker speaker = entityManager.find(Speaker.class, id);
        return speaker == null ? null : SpeakerDraft.of(speaker);
    }

    /**
     * Creates or changes a speaker; their sessions show the change to calendar subscribers.
     *
     * @param actor who saves: an editor.
     * @param draft the speaker as the form holds them.
     * @return the saved speaker.
     * @throws EditConflictException when someone else changed them since the form was read.
     */
    public Speaker saveSpeaker(@NotNull Actor actor, @NotNull @Valid SpeakerDraft draft) {
        actor.require(Role.EDITOR);
        Speaker speaker;
        boolean created = draft.id() == null;
        if (created) {
            speaker = new Speaker(freeSpeakerSlug(draft.name()), draft.name().strip());
        }
        else {
            speaker = entityManager.find(Speaker.class, draft.id());
            if (speaker == null) {
                throw new IllegalArgumentException("no speaker " + draft.id());
            }
            if (speaker.getVersion() != draft.version()) {
                throw new EditConflictException("?", clock.instant(), speaker.getVersion(), 0);
            }
            speaker.rename(draft.name().strip());
        }
        speaker.present(blankToNull(draft.role()), blankToNull(draft.organisation()), blankToNull(draft.bio()),
            blankToNull(draft.photoUrl()));
        if (created) {
            entityManager.persist(speaker);
        }
        else {
            sessionsOf(speaker).forEach(session -> session.touch(clock.instant()));
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, SPEAKER, speaker.getId(),
            speaker.getName());
        return speaker;
    }

    /**
     * Removes a speaker at their request, everywhere at once: their row goes, their sessions stay without them and
     * show to calendar subscribers as changed. The audit log keeps the identifier, never the name.
     *
     * @param actor who removes: an editor.
     * @param id the speaker.
     * @return how many sessions they were taken out of.
     */
    public int removeSpeaker(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Speaker speaker = entityManager.find(Speaker.class, id);
        if (speaker == null) {
            return 0;
        }
        List<ProgrammeSession> sessions = sessionsOf(speaker);
        for (ProgrammeSession session : sessions) {
            session.removeSpeaker(speaker);
            session.touch(clock.instant());
        }
        entityManager.flush();
        entityManager.remove(speaker);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.DELETE, SPEAKER, id, null);
        return sessions.size();
    }

    private List<ProgrammeSession> sessionsOf(Speaker speaker) {
        return entityManager.createQuery(SESSIONS_OF_SPEAKER, ProgrammeSession.class)
            .setParameter("speaker", speaker.getId()).getResultList();
    }

    private List<Speaker> speakers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Speaker> found = entityManager.createQuery("SELECT s FROM Speaker s WHERE s.id IN :ids",
            Speaker.class).setParameter("ids", new LinkedHashSet<>(ids)).getResultList().stream()
            .collect(Collectors.toMap(Speaker::getId, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    private Edition edition(Long id) {
        Edition edition = entityManager.find(Edition.class, id);
        if (edition == null) {
            throw new IllegalArgumentException("no edition " + id);
        }
        return edition;
    }

    private ProgrammeSession session(long id) {
        ProgrammeSession session = entityManager.find(ProgrammeSession.class, id);
        if (session == null) {
            throw new IllegalArgumentException("no session " + id);
        }
        return session;
    }

    private String freeSlug(Edition edition, String title) {
        String base = Slugs.of(title);
        List<String> taken = entityManager.createQuery("SELECT s.slug FROM ProgrammeSession s WHERE s.edition = :e"
            + " AND s.slug LIKE :prefix", String.class).setParameter("e", edition)
            .setParameter("prefix", base + "%").getResultList();
        return free(base, taken);
    }

    private String freeSpeakerSlug(String name) {
        String base = Slugs.of(name);
        List<String> taken = entityManager.createQuery("SELECT s.slug FROM Speaker s WHERE s.slug LIKE :prefix",
            String.class).setParameter("prefix", base + "%").getResultList();
        return free(base, taken);
    }

    private static String free(String base, List<String> taken) {
        String slug = base;
        for (int attempt = 2; taken.contains(slug); attempt++) {
            slug = Slugs.withSuffix(base, attempt);
        }
        return slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
