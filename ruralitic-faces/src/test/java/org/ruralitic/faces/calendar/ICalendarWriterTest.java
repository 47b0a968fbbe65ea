package org.ruralitic.faces.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

/**
 * What the writer writes, read back by ical4j, a real iCalendar parser.
 */
class ICalendarWriterTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void sessionTimesStayRightAcrossTheChangeFromSummerToWinterTime() throws Exception {
        // 27 October 2019: clocks go back from 03:00 CEST (+02:00) to 02:00 CET (+01:00).
        CalendarEvent summer = event("samedi", ZonedDateTime.of(2019, 10, 26, 10, 30, 0, 0, PARIS));
        CalendarEvent winter = event("lundi", ZonedDateTime.of(2019, 10, 28, 10, 30, 0, 0, PARIS));
        List<VEvent> events = parse(new ICalendarWriter("Programme").event(summer).event(winter).end());
        assertThat(start(events.get(0))).isEqualTo(ZonedDateTime.of(2019, 10, 26, 10, 30, 0, 0, PARIS));
        assertThat(start(events.get(1))).isEqualTo(ZonedDateTime.of(2019, 10, 28, 10, 30, 0, 0, PARIS));
        assertThat(value(events.get(0), "DTSTART")).isEqualTo("20191026T083000Z");
        assertThat(value(events.get(1), "DTSTART")).isEqualTo("20191028T093000Z");
    }

    @Test
    void textIsEscapedAndComesBackAsWritten() throws Exception {
        CalendarEvent event = new CalendarEvent("ruralitic-2019.table-ronde@example.org",
            ZonedDateTime.of(2019, 8, 27, 11, 45, 0, 0, PARIS), ZonedDateTime.of(2019, 8, 27, 12, 45, 0, 0, PARIS),
            "Fibre, 4G; et \\ après ?", "Première ligne\nDeuxième ligne", "Grand amphithéâtre, Aurillac",
            44.9264, 2.4397, "https://www.example.org/ruralitic/programme/table-ronde", "Très haut débit",
            Instant.parse("2019-07-01T10:00:00Z"), 3, false);
        VEvent parsed = parse(new ICalendarWriter("RuraliTIC").event(event).end()).get(0);
        assertThat(value(parsed, "SUMMARY")).isEqualTo("Fibre, 4G; et \\ après ?");
        assertThat(value(parsed, "DESCRIPTION")).isEqualTo("Première ligne\nDeuxième ligne");
        assertThat(value(parsed, "LOCATION")).isEqualTo("Grand amphithéâtre, Aurillac");
        assertThat(value(parsed, "UID")).isEqualTo("ruralitic-2019.table-ronde@example.org");
        assertThat(value(parsed, "SEQUENCE")).isEqualTo("3");
        assertThat(value(parsed, "LAST-MODIFIED")).isEqualTo("20190701T100000Z");
        assertThat(value(parsed, "DTSTAMP")).isEqualTo("20190701T100000Z");
        assertThat(value(parsed, "GEO")).isEqualTo("44.9264;2.4397");
    }

    @Test
    void linesEndWithCrLfAndAreFoldedAt75OctetsWithoutCuttingACharacter() throws Exception {
        String longTitle = "Économie circulaire, tiers-lieux et télétravail : les communes rurales éprouvent leurs outils numériques";
        String ics = new ICalendarWriter(longTitle).event(event(longTitle, ZonedDateTime.of(2019, 8, 28, 9, 0, 0, 0, PARIS))).end();
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContainPattern("[^\r]\n");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(lines).anyMatch(line -> line.startsWith(" "));
        assertThat(value(parse(ics).get(0), "SUMMARY")).isEqualTo(longTitle);
    }

    private static CalendarEvent event(String summary, ZonedDateTime start) {
        return new CalendarEvent(summary.hashCode() + "@example.org", start, start.plusHours(1), summary, null, null,
            null, null, null, null, Instant.parse("2019-07-01T10:00:00Z"), 0, false);
    }

    private static List<VEvent> parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    static ZonedDateTime start(VEvent event) {
        Temporal start = event.getStartDate().orElseThrow().getDate();
        if (start instanceof Instant instant) {
            return instant.atZone(PARIS);
        }
        if (start instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(PARIS);
        }
        return ((ZonedDateTime) start).withZoneSameInstant(PARIS);
    }
}
