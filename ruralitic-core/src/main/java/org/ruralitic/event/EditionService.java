package org.ruralitic.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;

/**
 * Finds and records editions.
 * <p>
 * Editions come back with their venue, themes, social links and main edition loaded, ready for a view. Without a
 * {@link Series}, the methods answer for the portal's main series (and editions recorded without one).
 *
 * <h2>Usage</h2>
 * <pre>
 * Edition edition = editions.featured().orElseThrow();
 * List&lt;Edition&gt; archive = editions.past();
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class EditionService {

    // Two collections fetched at once: DISTINCT keeps EclipseLink from repeating the edition per joined row.
    private static final String GRAPH = "SELECT DISTINCT e FROM Edition e LEFT JOIN FETCH e.themes"
        + " LEFT JOIN FETCH e.socialLinks LEFT JOIN FETCH e.partOf";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    /** For CDI. */
    protected EditionService() {
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     * @param clock the clock that says what "upcoming" means.
     */
    public EditionService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param slug a slug, possibly from a URL.
     * @return the edition (draft or not) with that slug.
     */
    public Optional<Edition> findBySlug(String slug) {
        return Persistence.single(entityManager.createQuery(GRAPH + " WHERE e.slug = :slug", Edition.class)
            .setParameter("slug", slug));
    }

    /**
     * @return the edition to feature on a home page: the one running or next to come, else the latest past one.
     */
    public Optional<Edition> featured() {
        Optional<Edition> next = Persistence.single(entityManager.createNamedQuery(Edition.FIND_UPCOMING, Edition.class)
            .setParameter("now", now()));
        Optional<Edition> edition = next.isPresent() ? next : Persistence.single(
            entityManager.createNamedQuery(Edition.FIND_PAST, Edition.class).setParameter("now", now()));
        return edition.flatMap(found -> findBySlug(found.getSlug()));
    }

    /** @return the main editions running or to come, soonest first. */
    public List<Edition> upcoming() {
        return entityManager.createNamedQuery(Edition.FIND_UPCOMING, Edition.class).setParameter("now", now())
            .getResultList();
    }

    /** @return the main editions that are over, latest first. */
    public List<Edition> past() {
        return entityManager.createNamedQuery(Edition.FIND_PAST, Edition.class).setParameter("now", now())
            .getResultList();
    }

    /** @return every series the portal runs, the main one first. */
    public List<Series> series() {
        return entityManager.createNamedQuery(Series.FIND_ALL, Series.class).getResultList();
    }

    /**
     * @param code a series code, possibly from a URL.
     * @return the series with that code.
     */
    public Optional<Series> findSeries(String code) {
        return Persistence.single(entityManager.createNamedQuery(Series.FIND_BY_CODE, Series.class)
            .setParameter("code", code));
    }

    /**
     * @param series a series.
     * @return the edition of that series to feature: the one running or next to come, else the latest past one.
     */
    public Optional<Edition> featured(@NotNull Series series) {
        Optional<Edition> next = Persistence.single(entityManager.createNamedQuery(Edition.FIND_UPCOMING_IN,
            Edition.class).setParameter("series", series).setParameter("now", now()));
        Optional<Edition> edition = next.isPresent() ? next : Persistence.single(
            entityManager.createNamedQuery(Edition.FIND_PAST_IN, Edition.class).setParameter("series", series)
                .setParameter("now", now()));
        return edition.flatMap(found -> findBySlug(found.getSlug()));
    }

    /**
     * @param series a series.
     * @return its main editions running or to come, soonest first.
     */
    public List<Edition> upcoming(@NotNull Series series) {
        return entityManager.createNamedQuery(Edition.FIND_UPCOMING_IN, Edition.class).setParameter("series", series)
            .setParameter("now", now()).getResultList();
    }

    /**
     * @param series a series.
     * @return its main editions that are over, latest first: its archive.
     */
    public List<Edition> past(@NotNull Series series) {
        return entityManager.createNamedQuery(Edition.FIND_PAST_IN, Edition.class).setParameter("series", series)
            .setParameter("now", now()).getResultList();
    }

    /**
     * @param edition a main edition.
     * @return the days co-located with it, in date order.
     */
    public List<Edition> colocatedWith(@NotNull Edition edition) {
        return entityManager.createNamedQuery(Edition.FIND_COLOCATED, Edition.class)
            .setParameter("edition", entityManager.getReference(Edition.class, edition.getId())).getResultList();
    }

    /**
     * Records a new edition (a draft until {@link Edition#publish() published}), in the main series unless it has one.
     *
     * @param edition the edition, built by the caller.
     * @return the managed edition.
     */
    public Edition create(@NotNull @Valid Edition edition) {
        if (edition.getSeries() == null) {
            findSeries(Series.MAIN_CODE).ifPresent(edition::belongTo);
        }
        return Persistence.save(entityManager, edition);
    }

    // Content files (issue 12: series in the site's export and its import)

    /**
     * Records a series, or returns the one that has the code already; for the content importer.
     *
     * @param series the series, built by the caller.
     * @return the managed series.
     * @since 0.3
     */
    public Series defineSeries(@NotNull @Valid Series series) {
        return findSeries(series.getCode()).orElseGet(() -> Persistence.save(entityManager, series));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
