package org.ruralitic.faces.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the dates of an edition the way its readers write them: "27-28-29 août 2019" in French, as on the original
 * site, and "27–29 August 2019" in English.
 *
 * @since 0.1
 */
public final class EditionDates {

    private EditionDates() {
    }

    /**
     * @param first the first day.
     * @param last the last day, not before the first.
     * @param locale the reader's locale.
     * @return the days, written for that reader.
     */
    public static String format(LocalDate first, LocalDate last, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Locale language = english ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter dayMonthYear = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
        if (first.equals(last)) {
            return dayMonthYear.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return dayMonthYear.format(first) + " – " + dayMonthYear.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMMM", language).format(first) + " – " + dayMonthYear.format(last);
        }
        if (english) {
            return first.getDayOfMonth() + "–" + dayMonthYear.format(last);
        }
        // The French way of the original site lists every day: "27-28-29 août 2019".
        return first.datesUntil(last).map(day -> String.valueOf(day.getDayOfMonth())).collect(Collectors.joining("-"))
            + "-" + dayMonthYear.format(last);
    }
}
