package org.ruralitic.access;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;

/**
 * Records what actors do in the back-office, in the transaction of what they do, and shows it to administrators.
 *
 * <h2>Usage</h2>
 * <pre>
 * audit.record(actor, AuditAction.PUBLISH, "article", article.getId(), article.getTitle());
 * PageResult&lt;AuditEntry&gt; page = audit.entries(administrator, PageRequest.of(1, 50));
 * </pre>
 *
 * @since 0.2
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    /** For CDI. */
    protected AuditLog() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the entries.
     */
    public AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param actor who did it; must be signed in.
     * @param action what.
     * @param subjectType the kind of item, such as {@code article}.
     * @param subjectId the item's identifier, or {@code null}.
     * @param subjectLabel the item's title.
     */
    public void record(@NotNull Actor actor, @NotNull AuditAction action, @NotNull String subjectType, Long subjectId,
        String subjectLabel) {
        entityManager.persist(new AuditEntry(clock.instant(), actor.name(), action, subjectType, subjectId,
            subjectLabel));
    }

    /**
     * @param actor who asks: an administrator.
     * @param page which page.
     * @return the entries, newest first.
     * @throws AccessDeniedException for anyone else.
     */
    public PageResult<AuditEntry> entries(@NotNull Actor actor, @NotNull PageRequest page) {
        actor.require(Role.ADMINISTRATOR);
        long total = entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
        List<AuditEntry> entries = entityManager.createQuery(
            "SELECT e FROM AuditEntry e ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
            .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResult<>(entries, page.page(), page.size(), total);
    }
}
