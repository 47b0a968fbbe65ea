package org.ruralitic.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Produces the clock of the library: the system clock in the {@linkplain Settings#zone() configured zone}.
 * <p>
 * A portal or a test replaces it with an {@code @Alternative @Priority} producer of {@code @Ruralitic Clock}.
 *
 * @since 0.1
 */
@ApplicationScoped
public class ClockProducer {

    /**
     * @param settings the library settings.
     * @return the system clock in the configured zone.
     */
    @Produces
    @Dependent
    @Ruralitic
    public Clock clock(Settings settings) {
        return Clock.system(settings.zone());
    }
}
