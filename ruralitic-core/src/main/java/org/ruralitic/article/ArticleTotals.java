package org.ruralitic.article;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.ruralitic.common.Settings;

/**
 * How many articles the public lists hold (all, of a theme, of a language), counted once and shared by every page for
 * the setting {@value #TTL_SETTING} (default 30 seconds) instead of counted on each: a count reads every listed row,
 * which a site of 100 000 articles would pay on every page of its list.
 * <p>
 * A total is counted again when its time to live ends (so other servers of a cluster see a change within it, as
 * for the pages they keep), when the next article waiting for its date appears (which changes totals without any
 * edit), and at once on this server after an article changed: {@link ArticleEditing} and {@link ArticleService}
 * call {@link #forget()}, which applies again when their transaction ends, so that no page keeps a total counted
 * while the change was committing. With a time to live of zero nothing is kept.
 *
 * <h2>Usage</h2>
 * <pre>
 * // A portal that writes articles in by SQL tells this server at once:
 * totals.forget();
 * </pre>
 *
 * @since 0.4
 */
@ApplicationScoped
public class ArticleTotals {

    /** The setting of how long totals are shared (ISO-8601, default {@code PT30S}); the one of shared values. */
    public static final String TTL_SETTING = "cache.ttl";

    // Theme codes come from addresses (the API): the few real ones fit, random ones only churn.
    static final int MAX_ENTRIES = 100;

    private static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    @Inject
    Settings settings;

    // Absent outside a Jakarta EE container: forgetting then applies at once only.
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final Map<Key, Held> totals = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private Duration timeToLive = DEFAULT_TTL;

    /** For CDI. */
    protected ArticleTotals() {
    }

    /**
     * @param timeToLive how long a total is shared (outside a container); {@link Duration#ZERO} keeps none.
     */
    public ArticleTotals(Duration timeToLive) {
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive is required");
    }

    @PostConstruct
    void start() {
        timeToLive = settings.duration(TTL_SETTING, DEFAULT_TTL);
    }

    /**
     * @param themeCode the theme of the list, or {@code null}.
     * @param language the language of the list, or {@code null}.
     * @param now the instant the list is read at.
     * @param count counts the list's articles at {@code now}.
     * @param nextChange when the count changes by itself after {@code now} (the next article waiting for its date),
     *            read only when the total is to be kept.
     * @return the total, shared while it holds.
     */
    public long total(String themeCode, String language, Instant now, LongSupplier count,
        Supplier<Optional<Instant>> nextChange) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return count.getAsLong();
        }
        Key key = new Key(themeCode, language);
        Held held = totals.get(key);
        if (held != null && held.holdsAt(now)) {
            return held.total();
        }
        long seen = changes.get();
        long total = count.getAsLong();
        Instant expires = now.plus(timeToLive);
        Instant next = nextChange.get().orElse(null);
        if (next != null && next.isBefore(expires)) {
            expires = next;
        }
        // A change during the count may not be in it: that total serves this page only.
        if (changes.get() == seen) {
            if (totals.size() >= MAX_ENTRIES) {
                totals.clear();
            }
            totals.put(key, new Held(total, now, expires));
        }
        return total;
    }

    /**
     * Forgets every total, after articles changed: the next list counts again. Within a transaction it applies
     * again once the transaction has ended, when the change is visible to others.
     */
    public void forget() {
        drop();
        TransactionSynchronizationRegistry registry = transactions;
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE
            && registry.getResource(ArticleTotals.class) == null) {
            // Once per transaction, however many articles it writes (an import).
            registry.putResource(ArticleTotals.class, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        changes.incrementAndGet();
        totals.clear();
    }

    private record Key(String themeCode, String language) {
    }

    /** A total, true from when it was counted until it expires. */
    private record Held(long total, Instant counted, Instant expires) {

        boolean holdsAt(Instant now) {
            return !now.isBefore(counted) && now.isBefore(expires);
        }
    }
}
