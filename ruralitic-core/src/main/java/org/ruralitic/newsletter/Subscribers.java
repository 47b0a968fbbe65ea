package org.ruralitic.newsletter;

import java.io.Writer;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.guard.Secrets;

/**
 * The subscribers, for administrators only: counts by status, search by address, one subscriber's consent proof,
 * a new confirmation mail, erasure (RGPD art. 17) and the export of the confirmed list. Every access to an address is
 * written to the audit log under a <em>pseudonym</em> of the address (a keyed hash), never the address itself, so that
 * an erased subscriber leaves no trace of it anywhere.
 *
 * <h2>Usage</h2>
 * <pre>
 * List&lt;Subscription&gt; found = subscribers.search(actor, "jeanne@");
 * subscribers.erase(actor, found.get(0).getId());
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class Subscribers {

    /** Most subscribers a search lists. */
    public static final int MAX_FOUND = 50;

    /** The key of pseudonyms in {@code rt_secret}. */
    static final String PSEUDONYM_KEY = "pseudonym";

    private static final String SUBJECT = "subscriber";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    NewsletterService newsletter;

    @Inject
    Secrets secrets;

    /** For CDI. */
    protected Subscribers() {
    }

    /**
     * @param entityManager the entity manager of the caller's transaction.
     * @param clock the time of the audit entries.
     * @param audit the audit log.
     * @param newsletter the list (erasure, export, confirmation mails).
     * @param secrets the key of pseudonyms.
     */
    public Subscribers(EntityManager entityManager, Clock clock, AuditLog audit, NewsletterService newsletter,
        Secrets secrets) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
        this.newsletter = newsletter;
        this.secrets = secrets;
    }

    /**
     * @param actor an administrator.
     * @return how many subscriptions there are by status, and (under {@code null}) how many bounced: no address read.
     */
    public Counts counts(@NotNull Actor actor) {
        actor.require(Role.ADMINISTRATOR);
        Map<SubscriptionStatus, Long> byStatus = new EnumMap<>(SubscriptionStatus.class);
        for (Object[] row : entityManager.createQuery("SELECT s.status, COUNT(s) FROM Subscription s GROUP BY s.status",
            Object[].class).getResultList()) {
            byStatus.put((SubscriptionStatus) row[0], ((Number) row[1]).longValue());
        }
        long bounced = entityManager.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.bouncedAt IS NOT NULL",
            Long.class).getSingleResult();
        return new Counts(byStatus.getOrDefault(SubscriptionStatus.PENDING, 0L),
            byStatus.getOrDefault(SubscriptionStatus.CONFIRMED, 0L),
            byStatus.getOrDefault(SubscriptionStatus.UNSUBSCRIBED, 0L), bounced);
    }

    /**
     * @param actor an administrator.
     * @param text part of an address, at least 3 characters.
     * @return the subscriptions whose address contains it, by address, at most {@value #MAX_FOUND}; the search is
     *         audited (under the pseudonym of what was searched).
     */
    public List<Subscription> search(@NotNull Actor actor, String text) {
        actor.require(Role.ADMINISTRATOR);
        String cleaned = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (cleaned.length() < 3 || cleaned.length() > Subscription.MAX_EMAIL) {
            return List.of();
        }
        String pattern = "%" + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Subscription> found = entityManager.createQuery("SELECT s FROM Subscription s WHERE s.email LIKE :pattern"
            + " ESCAPE '\\' ORDER BY s.email", Subscription.class).setParameter("pattern", pattern)
            .setMaxResults(MAX_FOUND).getResultList();
        audit.record(actor, AuditAction.VIEW_PERSONAL_DATA, SUBJECT, null, "search " + pseudonym(cleaned) + ", "
            + found.size() + " found");
        return found;
    }

    /**
     * @param actor an administrator.
     * @param id a subscription.
     * @return it, with its consent proof; the view is audited.
     */
    public Optional<Subscription> find(@NotNull Actor actor, long id) {
        actor.require(Role.ADMINISTRATOR);
        Optional<Subscription> found = Optional.ofNullable(entityManager.find(Subscription.class, id));
        found.ifPresent(subscription -> audit.record(actor, AuditAction.VIEW_PERSONAL_DATA, SUBJECT, id,
            pseudonym(subscription.getEmail())));
        return found;
    }

    /**
     * Sends a pending subscriber a new confirmation mail (a new link; the old one stops working), as a new sign-up
     * would but without waiting for the resend interval.
     *
     * @param actor an administrator.
     * @param id a subscription.
     * @return whether a mail was queued: {@code false} for a subscription that is not pending, or gone.
     */
    public boolean resendConfirmation(@NotNull Actor actor, long id) {
        actor.require(Role.ADMINISTRATOR);
        Subscription subscription = entityManager.find(Subscription.class, id);
        if (subscription == null || subscription.getStatus() != SubscriptionStatus.PENDING) {
            return false;
        }
        newsletter.mailConfirmation(entityManager, subscription, clock.instant());
        audit.record(actor, AuditAction.RESEND_CONFIRMATION, SUBJECT, id, pseudonym(subscription.getEmail()));
        return true;
    }

    /**
     * Erases a subscriber: the subscription, every mail to it in the outbox and its deliveries. The audit log keeps
     * the pseudonym of the address, which nobody can turn back into it.
     *
     * @param actor an administrator.
     * @param id a subscription.
     * @return whether there was one.
     */
    public boolean erase(@NotNull Actor actor, long id) {
        actor.require(Role.ADMINISTRATOR);
        Subscription subscription = entityManager.find(Subscription.class, id);
        if (subscription == null) {
            return false;
        }
        String pseudonym = pseudonym(subscription.getEmail());
        newsletter.erase(subscription.getEmail());
        audit.record(actor, AuditAction.ERASE, SUBJECT, id, pseudonym);
        return true;
    }

    /**
     * @param actor an administrator.
     * @param out where to write the CSV; not closed.
     * @return how many confirmed subscribers were written; the export is audited.
     */
    public int exportConfirmed(@NotNull Actor actor, @NotNull Writer out) {
        actor.require(Role.ADMINISTRATOR);
        int written = newsletter.exportConfirmed(out);
        audit.record(actor, AuditAction.EXPORT, SUBJECT, null, written + " confirmed");
        return written;
    }

    /**
     * @param address an address, normalised.
     * @return its pseudonym, {@code p:} and the first 16 characters of a keyed hash: the same address gives the same
     *         pseudonym, so that the audit log can tell the accesses to one person apart, and no one without the
     *         database's key can find the address from it.
     */
    String pseudonym(String address) {
        return "p:" + secrets.sign(PSEUDONYM_KEY, address).substring(0, 16);
    }

    /**
     * The subscriptions by status.
     *
     * @param pending signed up, not yet confirmed.
     * @param confirmed receiving the newsletter.
     * @param unsubscribed who left.
     * @param bounced whose address bounced for good (any status).
     * @since 0.3
     */
    public record Counts(long pending, long confirmed, long unsubscribed, long bounced) {
    }
}
