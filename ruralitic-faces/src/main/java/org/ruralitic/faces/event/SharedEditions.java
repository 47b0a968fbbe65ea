package org.ruralitic.faces.event;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.common.Expiring;

/**
 * The featured edition, which the header of every page shows, and the days co-located with an edition, read once
 * per {@value #TTL_SETTING} (default 30 seconds) instead of once per request.
 *
 * @since 0.1
 */
@ApplicationScoped
public class SharedEditions {

    /** The setting of how long shared values live (ISO-8601, default {@code PT30S}). */
    public static final String TTL_SETTING = "cache.ttl";

    @Inject
    EditionService editions;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

    private Expiring<Optional<Edition>> featured;
    private final Map<Long, Expiring<List<Edition>>> colocated = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        featured = new Expiring<>(() -> editions.featured(), settings.duration(TTL_SETTING, Duration.ofSeconds(30)),
            clock);
    }

    /**
     * @param edition a main edition.
     * @return the days co-located with it.
     */
    public List<Edition> colocatedWith(Edition edition) {
        return colocated.computeIfAbsent(edition.getId(), id -> new Expiring<>(() -> editions.colocatedWith(edition),
            settings.duration(TTL_SETTING, Duration.ofSeconds(30)), clock)).get();
    }

    /** Forgets what was read, after an edition changed in the back-office: the next page reads it again. */
    public void forget() {
        featured.forget();
        colocated.clear();
    }

    /** @return the running or next edition, else the latest. */
    public Optional<Edition> featured() {
        return featured.get();
    }
}
