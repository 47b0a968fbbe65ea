package org.ruralitic.guard;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The hits of one client in its current window. Counted by single {@code UPDATE} statements, so that servers
 * counting at once never lose a hit.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_rate_limit")
@NamedQuery(name = RateLimitWindow.HIT, query = "UPDATE RateLimitWindow w SET w.hits = w.hits + 1"
    + " WHERE w.clientKey = :key AND w.windowStart > :since")
@NamedQuery(name = RateLimitWindow.RESTART, query = "UPDATE RateLimitWindow w SET w.hits = 1, w.windowStart = :now"
    + " WHERE w.clientKey = :key AND w.windowStart <= :since")
@NamedQuery(name = RateLimitWindow.HITS, query = "SELECT w.hits FROM RateLimitWindow w WHERE w.clientKey = :key")
@NamedQuery(name = RateLimitWindow.FORGET, query = "DELETE FROM RateLimitWindow w WHERE w.windowStart <= :since")
public class RateLimitWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Counts a hit in a current window; parameters {@code key}, {@code since} (start of the current windows). */
    public static final String HIT = "RateLimitWindow.hit";

    /** Starts a new window over an ended one; parameters {@code key}, {@code now}, {@code since}. */
    public static final String RESTART = "RateLimitWindow.restart";

    /** The hits of a client; parameter {@code key}. */
    public static final String HITS = "RateLimitWindow.hits";

    /** Deletes ended windows; parameter {@code since}. */
    public static final String FORGET = "RateLimitWindow.forget";

    @Id
    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int hits;

    protected RateLimitWindow() {
    }

    /**
     * A window with its first hit.
     *
     * @param clientKey the client, as a keyed hash.
     * @param now the time of the hit.
     */
    public RateLimitWindow(String clientKey, Instant now) {
        this.clientKey = Objects.requireNonNull(clientKey, "client key is required");
        this.windowStart = Objects.requireNonNull(now, "now is required");
        this.hits = 1;
    }

    /** @return the client, as a keyed hash. */
    public String getClientKey() {
        return clientKey;
    }

    /** @return the start of the window. */
    public Instant getWindowStart() {
        return windowStart;
    }

    /** @return the hits in the window. */
    public int getHits() {
        return hits;
    }
}
