package org.ruralitic.faces.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value shared by every request for a short while, read again once it expires: for what every page shows and
 * hardly ever changes (the featured edition, the list of themes). Each server reads it anew, so a cluster needs no
 * invalidation; a change shows everywhere within the time to live.
 *
 * @param <T> the type of the value.
 * @since 0.1
 */
public final class Expiring<T> {

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

    /** @return the value, read again when it has expired. */
    public T get() {
        Held<T> current = held;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expires())) {
            // Two requests may both read it at expiry; both get a correct value, one of them is kept.
            current = new Held<>(source.get(), now.plus(timeToLive));
            held = current;
        }
        return current.value();
    }

    private record Held<T>(T value, Instant expires) {
    }
}
