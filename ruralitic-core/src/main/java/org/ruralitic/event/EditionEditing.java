package org.ruralitic.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import org.ruralitic.theme.Theme;

/**
 * The back-office of editions: editors list the editions of every series, create and change an edition or a
 * co-located day, change its status, and start next year's edition from last year's. Every change is audited and
 * refused over a concurrent one ({@link EditConflictException}).
 *
 * <h2>Usage</h2>
 * <pre>
 * Edition saved = editing.save(actor, editing.draft(actor, id).withTagline("Le village connecté"));
 * Edition next = editing.startNextFrom(actor, saved.getId()); // a draft, a year later, with its partners
 * Series assises = editing.saveSeries(actor, new SeriesDraft(null, 0, "assises", "Assises du numérique"));
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class EditionEditing {

    /** The subject type of editions in the audit log. */
    public static final String EDITION = "edition";
    /** The subject type of series in the audit log. */
    public static final String SERIES = "series";

    private static final String LIST = "SELECT e FROM Edition e LEFT JOIN FETCH e.series LEFT JOIN FETCH e.partOf"
        + " ORDER BY e.startLocal DESC, e.name";
    private static final String GRAPH = "SELECT DISTINCT e FROM Edition e LEFT JOIN FETCH e.themes"
        + " LEFT JOIN FETCH e.socialLinks LEFT JOIN FETCH e.partOf LEFT JOIN FETCH e.series WHERE e.id = :id";
    private static final String DAYS_OF = "SELECT e FROM Edition e WHERE e.partOf = :edition ORDER BY e.startLocal";
    private static final int WEEKS_IN_A_YEAR = 52;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<EditionCarryOver> carryOvers;

    private Iterable<? extends EditionCarryOver> outsideContainer;

    /** For CDI. */
    protected EditionEditing() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the changes.
     * @param audit the audit log.
     * @param carryOvers what other features carry over to next year's edition.
     */
    public EditionEditing(EntityManager entityManager, Clock clock, AuditLog audit,
        List<? extends EditionCarryOver> carryOvers) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
        this.outsideContainer = List.copyOf(carryOvers);
    }

    /**
     * @param actor who asks: an editor.
     * @return every edition of every series with its series and main edition, latest first, in one statement.
     */
    public List<Edition> editions(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return entityManager.createQuery(LIST, Edition.class).getResultList();
    }

    /**
     * @param actor who asks: an editor.
     * @return every series, the main one first.
     */
    public List<Series> series(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return entityManager.createNamedQuery(Series.FIND_ALL, Series.class).getResultList();
    }

    /**
     * @param actor who asks: an editor.
     * @param id a series.
     * @return its draft, for the rename form, or {@code null} when there is none.
     */
    public SeriesDraft seriesDraft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Series series = entityManager.find(Series.class, id);
        return series == null ? null : SeriesDraft.of(series);
    }

    /**
     * Creates a series, or renames one (its code, part of its addresses, stays).
     *
     * @param actor who saves: an editor.
     * @param draft the series as the form holds it.
     * @return the saved series.
     * @throws EditionEditException when another series has the code, or the series is gone.
     * @throws EditConflictException when someone else changed it since the form was read.
     */
    public Series saveSeries(@NotNull Actor actor, @NotNull @Valid SeriesDraft draft) {
        actor.require(Role.EDITOR);
        String name = draft.name().strip();
        boolean created = draft.id() == null;
        Series series;
        if (created) {
            String code = draft.code().strip();
            if (Persistence.single(entityManager.createNamedQuery(Series.FIND_BY_CODE, Series.class)
                .setParameter("code", code)).isPresent()) {
                throw new EditionEditException(EditionEditException.SERIES_CODE_TAKEN, "code");
            }
            series = new Series(code, name);
            entityManager.persist(series);
        }
        else {
            series = entityManager.find(Series.class, draft.id());
            if (series == null) {
                throw new EditionEditException(EditionEditException.SERIES_NOT_FOUND, null);
            }
            if (series.getVersion() != draft.version()) {
                throw new EditConflictException("?", clock.instant(), series.getVersion(), 0);
            }
            series.rename(name);
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, SERIES, series.getId(),
            series.getName());
        return series;
    }

    /**
     * @param actor who asks: an editor.
     * @param id an edition.
     * @return its draft, for the form, or {@code null} when there is none.
     */
    public EditionDraft draft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        return Persistence.single(entityManager.createQuery(GRAPH, Edition.class).setParameter("id", id))
            .map(EditionDraft::of).orElse(null);
    }

    /**
     * @param actor who asks: an editor.
     * @return the draft of a new edition of the main series.
     */
    public EditionDraft blank(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return EditionDraft.blank(Persistence.single(entityManager.createNamedQuery(Series.FIND_BY_CODE, Series.class)
            .setParameter("code", Series.MAIN_CODE)).map(Series::getId).orElse(null));
    }

    /**
     * Creates or changes an edition, its status included.
     *
     * @param actor who saves: an editor.
     * @param draft the edition as the form holds it.
     * @return the saved edition.
     * @throws EditConflictException when someone else changed it since the form was read.
     * @throws EditionEditException when its slug is taken or its main edition is not one.
     */
    public Edition save(@NotNull Actor actor, @NotNull @Valid EditionDraft draft) {
        actor.require(Role.EDITOR);
        boolean created = draft.id() == null;
        Edition edition = created ? null : entityManager.find(Edition.class, draft.id());
        if (!created && edition == null) {
            throw new EditionEditException(EditionEditException.NOT_FOUND, null);
        }
        if (!created && edition.getVersion() != draft.version()) {
            throw new EditConflictException("?", edition.getUpdatedAt(), edition.getVersion(), 0);
        }
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.name())
            : Slugs.of(draft.slug());
        if (slugTaken(slug, draft.id())) {
            throw new EditionEditException(EditionEditException.SLUG_TAKEN, "slug");
        }
        Venue venue = new Venue(draft.venueName().strip(), blankToNull(draft.venueStreet()),
            blankToNull(draft.venuePostalCode()), draft.venueCity().strip(), blankToNull(draft.venueDepartment()),
            blankToNull(draft.venueRegion()), draft.venueCountry(), draft.latitude(), draft.longitude());
        EditionStatus before = created ? EditionStatus.DRAFT : edition.getStatus();
        if (created) {
            edition = new Edition(slug, draft.name().strip(), draft.startLocal(), draft.endLocal(), draft.zone(),
                venue, draft.language());
        }
        else {
            edition.rename(slug, draft.name().strip());
            edition.reschedule(draft.startLocal(), draft.endLocal(), draft.zone());
            edition.relocate(venue);
            edition.writeIn(draft.language());
        }
        edition.describe(blankToNull(draft.tagline()), blankToNull(draft.description()));
        edition.organisedBy(blankToNull(draft.organizerName()), blankToNull(draft.organizerUrl()));
        edition.illustrate(blankToNull(draft.imageUrl()));
        edition.belongTo(draft.seriesId() == null ? null : entityManager.find(Series.class, draft.seriesId()));
        attach(edition, draft.partOfId());
        edition.replaceThemes(themes(draft.themeIds()));
        edition.replaceSocialLinks(draft.socialLinks());
        changeStatus(edition, draft.status());
        edition.touch(clock.instant());
        if (created) {
            entityManager.persist(edition);
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, EDITION, edition.getId(),
            edition.getName());
        if (before != edition.getStatus()) {
            audit.record(actor, statusAction(edition.getStatus()), EDITION, edition.getId(), edition.getName());
        }
        return edition;
    }

    /**
     * Starts next year's edition from an edition: a draft with a copy of its settings, themes (its tracks), social
     * links, venue and partner wall (and what other {@link EditionCarryOver}s carry), without its sessions, 52 weeks
     * later (the same weekday), named and addressed with the next year. Its co-located days come with it the same way.
     *
     * @param actor who asks: an editor.
     * @param editionId a main edition.
     * @return the new edition, a draft.
     * @throws EditionEditException when the edition is a co-located day, or is not there.
     */
    public Edition startNextFrom(@NotNull Actor actor, long editionId) {
        actor.require(Role.EDITOR);
        Edition from = entityManager.find(Edition.class, editionId);
        if (from == null) {
            throw new EditionEditException(EditionEditException.NOT_FOUND, null);
        }
        if (from.getPartOf() != null) {
            throw new EditionEditException(EditionEditException.NEXT_OF_DAY, null);
        }
        Edition next = follow(actor, from, null);
        for (Edition day : entityManager.createQuery(DAYS_OF, Edition.class).setParameter("edition", from)
            .getResultList()) {
            follow(actor, day, next);
        }
        return next;
    }

    private Edition follow(Actor actor, Edition from, Edition main) {
        int year = from.getStartLocal().getYear();
        LocalDateTime start = nextYear(from.getStartLocal());
        LocalDateTime end = start.plus(ChronoUnit.MINUTES.between(from.getStartLocal(), from.getEndLocal()),
            ChronoUnit.MINUTES);
        int nextYear = start.getYear();
        String name = from.getName().replace(Integer.toString(year), Integer.toString(nextYear));
        String base = from.getSlug().replace(Integer.toString(year), Integer.toString(nextYear));
        if (base.equals(from.getSlug())) {
            base = Slugs.of(from.getSlug() + " " + nextYear);
        }
        Edition next = from.followedBy(freeSlug(base), name, start, end);
        if (main != null) {
            next.attachTo(main);
        }
        next.touch(clock.instant());
        entityManager.persist(next);
        entityManager.flush();
        carryOvers().forEach(carryOver -> carryOver.carryOver(from, next));
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.CREATE, EDITION, next.getId(), next.getName());
        return next;
    }

    private Iterable<? extends EditionCarryOver> carryOvers() {
        return outsideContainer != null ? outsideContainer : carryOvers;
    }

    // 52 weeks keep the weekday; if that stays in the same year (a start on 1 January), one more week.
    private static LocalDateTime nextYear(LocalDateTime start) {
        LocalDateTime next = start.plusWeeks(WEEKS_IN_A_YEAR);
        return next.getYear() == start.getYear() ? next.plusWeeks(1) : next;
    }

    private void attach(Edition edition, Long partOfId) {
        if (partOfId == null) {
            edition.detach();
            return;
        }
        Edition main = entityManager.find(Edition.class, partOfId);
        // A day attaches to a main edition; an edition with days of its own stays a main edition.
        boolean hasDays = edition.getId() != null && !entityManager.createQuery(DAYS_OF, Edition.class)
            .setParameter("edition", edition).setMaxResults(1).getResultList().isEmpty();
        if (main == null || main == edition || main.getPartOf() != null || hasDays) {
            throw new EditionEditException(EditionEditException.PART_OF_INVALID, "partOf");
        }
        edition.attachTo(main);
    }

    private static void changeStatus(Edition edition, EditionStatus status) {
        switch (status) {
            case PUBLISHED -> edition.publish();
            case CANCELLED -> edition.cancel();
            case DRAFT -> edition.withdraw();
        }
    }

    private static AuditAction statusAction(EditionStatus status) {
        return switch (status) {
            case PUBLISHED -> AuditAction.PUBLISH;
            case CANCELLED -> AuditAction.CANCEL;
            case DRAFT -> AuditAction.UNPUBLISH;
        };
    }

    private List<Theme> themes(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT t FROM Theme t WHERE t.id IN :ids", Theme.class)
            .setParameter("ids", new LinkedHashSet<>(ids)).getResultList();
    }

    private boolean slugTaken(String slug, Long id) {
        return entityManager.createQuery("SELECT e.id FROM Edition e WHERE e.slug = :slug", Long.class)
            .setParameter("slug", slug).getResultList().stream().anyMatch(other -> !Objects.equals(other, id));
    }

    private String freeSlug(String base) {
        List<String> taken = entityManager.createQuery("SELECT e.slug FROM Edition e WHERE e.slug LIKE :prefix",
            String.class).setParameter("prefix", base + "%").getResultList();
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
