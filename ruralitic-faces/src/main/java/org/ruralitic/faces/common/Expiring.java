package org.ruralitic.faces.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value shared by every request for a short while, read again once it expires: for what every page shows and
 * hardly ever changes (the featured edition, the list of themes). Each server reads it anew, so a cluster needs no
 * invalidation; a change shows everywhere within the time to live. When reading it again fails (the database is
 * away), the last value is kept a few seconds more and read again then.
 *
 * @param <T> the type of the value.
 * @since 0.1
 */
public final class Expiring<T> {

    // How soon a value that could not be read again is tried again.
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Supplier<T> source;
    private final Duration timeToLive;
    private final Clock clock;
    private volatile Held<T> held;

    /**
     * @param source reads the value.
     * @param timeToLive how long a value is shared.
     * @param clock the clock.
     */
    public Expiring(Supplier<T> source, Duration timeToLive, Clock clock) {
        this.source = source;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** Forgets the value: the next {@link #get()} reads it again (after a change made in the back-office). */
    public void forget() {
        held = null;
    }

    /** @return the value, read again when it has expired. */
    public T get() {
        Held<T> current = held;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expires())) {
            T value;
            try {
                value = source.get();
            }
            catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                // The database is away: pages keep the last value, and it is read again a little later.
                held = new Held<>(current.value(), now.plus(RETRY.compareTo(timeToLive) < 0 ? RETRY : timeToLive));
                return current.value();
            }
            // Two requests may both read it at expiry; both get a correct value, one of them is kept.
            current = new Held<>(value, now.plus(timeToLive));
            held = current;
        }
        return current.value();
    }

    private record Held<T>(T value, Instant expires) {
    }
}
