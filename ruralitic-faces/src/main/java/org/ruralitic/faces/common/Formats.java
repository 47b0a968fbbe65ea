package org.ruralitic.faces.common;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.Settings;

/**
 * Dates and times written for the page's reader, in the portal's zone (Europe/Paris), and their machine-readable
 * form for {@code <time datetime>}.
 *
 * @since 0.1
 */
@Named("rtFormat")
@ApplicationScoped
public class Formats {

    /** The labels of the pages, also known to pages as {@code rtText}. */
    public static final String BUNDLE = "org.ruralitic.faces.messages";

    @Inject
    PageLocale locale;

    @Inject
    Settings settings;

    // Compiled once: a pattern takes longer to compile than to format with, and its locale is cheap to change.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    /**
     * @param day a day.
     * @return "mardi 27 août 2019" / "Tuesday 27 August 2019".
     */
    public String day(LocalDate day) {
        return DAY.withLocale(locale.getLocale()).format(day);
    }

    /**
     * @param time a wall-clock time.
     * @return "09:30" / "9:30 AM".
     */
    public String time(LocalDateTime time) {
        return TIME.withLocale(locale.getLocale()).format(time);
    }

    /**
     * @param instant an instant, such as a publication date.
     * @return its date in the portal's zone, "19 juin 2019" / "19 June 2019".
     */
    public String date(Instant instant) {
        return DATE.withLocale(locale.getLocale()).format(instant.atZone(zone()));
    }

    /**
     * @param instant an instant.
     * @return its ISO-8601 form with the portal's offset, for {@code datetime} attributes.
     */
    public String iso(Instant instant) {
        // To the second: HTML's datetime takes at most three digits of a fraction, and no reader needs them.
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone()).toOffsetDateTime().toString();
    }

    /**
     * @param time a wall-clock time in a zone.
     * @param zone its zone.
     * @return its ISO-8601 form with offset, for {@code datetime} attributes.
     */
    public String iso(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toOffsetDateTime().toString();
    }

    /**
     * @param key a key of the page labels with one argument, such as {@code articles.count}.
     * @param argument the argument.
     * @return the label in the reader's language.
     */
    public String message(String key, Object argument) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLocale());
        return new MessageFormat(bundle.getString(key), locale.getLocale()).format(new Object[] { argument });
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
