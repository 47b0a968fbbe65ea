package org.ruralitic.guard;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.DatabaseFailures;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Settings;
import org.ruralitic.common.Transactions;

/**
 * At most {@code n} hits per client in a fixed window ({@value #LIMIT}, default {@code 5/PT10M}), counted in the
 * database so that the limit holds across all the servers of a portal.
 * <p>
 * Clients are known by {@link #clientKey(String)}: a keyed hash of their address, so that no IP address is stored.
 *
 * <h2>Usage</h2>
 * <pre>
 * if (!limiter.tryHit(limiter.clientKey(request.getRemoteAddr()), clock.instant())) { ... too many ... }
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
public class RateLimiter {

    /** Hits per window, as {@code count/ISO-8601 duration} (default {@code 5/PT10M}). */
    public static final String LIMIT = "newsletter.rate.limit";

    /** The name of the key of client keys in {@code rt_secret}. */
    public static final String KEY = "client-key";

    private static final String DEFAULT_LIMIT = "5/PT10M";
    private static final String BAD_LIMIT = "RuraliTIC setting " + LIMIT + "={0} is not count/duration, such as "
        + DEFAULT_LIMIT;
    private static final int ATTEMPTS = 5;

    @Inject
    Transactions transactions;

    @Inject
    Secrets secrets;

    @Inject
    Settings settings;

    /** For CDI. */
    protected RateLimiter() {
    }

    /**
     * @param transactions where hits are counted.
     * @param secrets the key of client keys.
     * @param settings the limit.
     */
    public RateLimiter(Transactions transactions, Secrets secrets, Settings settings) {
        this.transactions = transactions;
        this.secrets = secrets;
        this.settings = settings;
    }

    /**
     * @param remoteAddress the address of the client, such as an IP address; it is not kept.
     * @return the key to count its hits under: HMAC-SHA256 with a key of the portal, the same on every server.
     */
    public String clientKey(String remoteAddress) {
        return secrets.sign(KEY, remoteAddress);
    }

    /**
     * Counts a hit of a client, in a transaction of its own.
     *
     * @param clientKey the client, from {@link #clientKey(String)}.
     * @param now the time of the hit.
     * @return whether it is within the limit.
     */
    public boolean tryHit(String clientKey, Instant now) {
        Limit limit = limit();
        int allowed = limit.allowed();
        Instant since = now.minus(limit.window());
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.inNewTransaction(entityManager -> {
                    if (entityManager.createNamedQuery(RateLimitWindow.HIT).setParameter("key", clientKey)
                        .setParameter("since", since).executeUpdate() == 1) {
                        return entityManager.createNamedQuery(RateLimitWindow.HITS, Integer.class)
                            .setParameter("key", clientKey).getSingleResult() <= allowed;
                    }
                    if (entityManager.createNamedQuery(RateLimitWindow.RESTART).setParameter("key", clientKey)
                        .setParameter("now", now).setParameter("since", since).executeUpdate() == 0) {
                        Persistence.save(entityManager, new RateLimitWindow(clientKey, now));
                    }
                    return allowed >= 1;
                });
            }
            catch (RuntimeException e) {
                // Two first hits at once: one insert wins, the other counts on its row in a new transaction.
                if (attempt == ATTEMPTS || DatabaseFailures.isUnreachable(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes the windows that ended before {@code now}: nothing about a client is kept longer than needed.
     *
     * @param now the time.
     * @return how many were deleted.
     */
    public int forgetEnded(Instant now) {
        Instant since = now.minus(limit().window());
        return transactions.inNewTransaction(entityManager -> entityManager.createNamedQuery(RateLimitWindow.FORGET)
            .setParameter("since", since).executeUpdate());
    }

    private Limit limit() {
        String limit = settings.get(LIMIT).orElse(DEFAULT_LIMIT);
        int slash = limit.indexOf('/');
        try {
            return new Limit(Integer.parseInt(limit.substring(0, slash).strip()),
                Duration.parse(limit.substring(slash + 1).strip()));
        }
        catch (RuntimeException e) {
            throw new IllegalStateException(MessageFormat.format(BAD_LIMIT, limit), e);
        }
    }

    private record Limit(int allowed, Duration window) {
    }
}
