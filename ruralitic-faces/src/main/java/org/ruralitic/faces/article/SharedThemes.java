package org.ruralitic.faces.article;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.faces.common.Expiring;
import org.ruralitic.faces.event.SharedEditions;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * The themes of the filters, read once per {@value SharedEditions#TTL_SETTING} instead of once per request.
 *
 * @since 0.1
 */
@ApplicationScoped
public class SharedThemes {

    @Inject
    ThemeService themes;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

    private Expiring<List<Theme>> all;

    @PostConstruct
    void start() {
        all = new Expiring<>(() -> themes.findAll(), settings.duration(SharedEditions.TTL_SETTING,
            Duration.ofSeconds(30)), clock);
    }

    /** @return all themes, by code. */
    public List<Theme> all() {
        return all.get();
    }
}
