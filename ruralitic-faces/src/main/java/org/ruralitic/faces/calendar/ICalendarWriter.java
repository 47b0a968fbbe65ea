package org.ruralitic.faces.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes iCalendar text (RFC 5545) the way every calendar reads it: CRLF line ends, lines folded at 75 octets without
 * cutting a UTF-8 character, TEXT values escaped, and every date-time in UTC so that no client shifts it.
 *
 * <h2>Usage</h2>
 * <pre>
 * String ics = new ICalendarWriter("RuraliTIC 2019")
 *     .event(new CalendarEvent(...))
 *     .end();
 * </pre>
 *
 * @since 0.1
 */
public final class ICalendarWriter {

    /** The media type of iCalendar files. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder(4096);

    /**
     * Starts a calendar.
     *
     * @param name the calendar's name, shown by clients that subscribe to it.
     */
    public ICalendarWriter(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//RuraliTIC//RuraliTIC 0.1//FR");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
        // Times are UTC; this only tells subscribing clients which zone the organisers think in.
        line("X-WR-TIMEZONE:Europe/Paris");
    }

    /**
     * @param event an event to add.
     * @return this writer.
     */
    public ICalendarWriter event(CalendarEvent event) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid());
        line("DTSTAMP:" + utc(event.lastModified()));
        line("LAST-MODIFIED:" + utc(event.lastModified()));
        line("SEQUENCE:" + event.sequence());
        line("DTSTART:" + utc(event.start()));
        line("DTEND:" + utc(event.end()));
        line("SUMMARY:" + escape(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            line("DESCRIPTION:" + escape(event.description()));
        }
        if (event.location() != null) {
            line("LOCATION:" + escape(event.location()));
        }
        if (event.latitude() != null && event.longitude() != null) {
            line("GEO:" + event.latitude() + ";" + event.longitude());
        }
        if (event.url() != null) {
            line("URL:" + event.url());
        }
        if (event.category() != null) {
            line("CATEGORIES:" + escape(event.category()));
        }
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    /** @return the whole calendar. */
    public String end() {
        line("END:VCALENDAR");
        return text.toString();
    }

    /**
     * @param value a TEXT value.
     * @return it escaped: backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11).
     */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String utc(ZonedDateTime time) {
        return UTC.format(time);
    }

    private static String utc(Instant time) {
        return UTC.format(time);
    }

    // Folds at 75 octets (RFC 5545, 3.1): the continuation starts with a space, which counts in its 75.
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = MAX_OCTETS;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 sequence: back up to the start of the character
            }
            text.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = MAX_OCTETS - 1;
        }
        text.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
