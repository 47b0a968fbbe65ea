package org.ruralitic.faces.backoffice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.Settings;
import org.ruralitic.faces.common.PageLocale;

/**
 * Dates and times as the back-office shows them: in the portal's zone, to the minute.
 *
 * @since 0.2
 */
@Named("rtAdminFormat")
@RequestScoped
public class AdminFormat {

    @Inject
    PageLocale locale;

    @Inject
    Settings settings;

    /**
     * @param instant an instant, or {@code null}.
     * @return "1 déc. 2026, 21:30" / "1 Dec 2026, 21:30"; empty for {@code null}.
     */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale()).format(instant.atZone(settings.zone()));
    }
}
