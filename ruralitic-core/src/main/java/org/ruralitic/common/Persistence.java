package org.ruralitic.common;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The persistence unit of the library and small helpers for queries.
 *
 * @since 0.1
 */
public final class Persistence {

    /** The name of the library's persistence unit. */
    public static final String UNIT = "ruralitic";

    private Persistence() {
    }

    /**
     * @param <T> the type of the result.
     * @param query a query of at most one row.
     * @return its row, if any; unlike {@code getSingleResult()}, no exception when there is none.
     */
    // Beside a collection fetch, Hibernate applies the limit in memory (HHH90003004, harmless for a query by a
    // unique key). Leave the limit anyway: without it, EclipseLink 4.0 fetch-joins an element collection of
    // embeddables into a managed copy whose mappings fail at commit (EclipseLink-69 on SocialLink.url).
    public static <T> Optional<T> single(TypedQuery<T> query) {
        List<T> results = query.setMaxResults(1).getResultList();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    /**
     * Marks a query's entities as read to be shown, never changed in its transaction: Hibernate then keeps no copy of
     * them to compare when the transaction ends (that flush was 2 % of the public pages' renders on WildFly in a JFR
     * profile of 2026-12-07).
     * Other providers ignore the hint, as the specification asks of hints they do not know.
     *
     * @param <T> the type of the results.
     * @param query the query.
     * @return the query.
     */
    public static <T> TypedQuery<T> forDisplay(TypedQuery<T> query) {
        return query.setHint("org.hibernate.readOnly", Boolean.TRUE);
    }

    /**
     * Persists a new entity and flushes at once, so that an invalid entity or a broken constraint fails at the call
     * that caused it on every provider (EclipseLink validates on persist, Hibernate only on flush).
     *
     * @param <T> the entity type.
     * @param entityManager the entity manager.
     * @param entity the new entity.
     * @return the entity, now managed.
     */
    public static <T> T save(EntityManager entityManager, T entity) {
        entityManager.persist(entity);
        entityManager.flush();
        return entity;
    }
}
