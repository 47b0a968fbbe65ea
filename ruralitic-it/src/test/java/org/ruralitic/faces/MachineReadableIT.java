package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The calendars, the feed, the sitemap and the JSON API, fetched over HTTP and read by real parsers: ical4j, Rome,
 * the sitemap schema, JSON-B.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MachineReadableIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("machine-readable");
    }

    @ArquillianResource
    URL deployment;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void theEditionsCalendarHasTheEditionAndItsCoLocatedDay() throws Exception {
        HttpResponse<String> ics = visitor().get("ruralitic/calendar/ruralitic-2019.ics");
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        List<VEvent> events = events(ics.body());
        assertThat(events).hasSize(2);
        assertThat(value(events.get(0), "SUMMARY")).isEqualTo("RuraliTIC 2019 – Le Smart Village");
        assertThat(value(events.get(1), "SUMMARY")).startsWith("Smart Agri Forum");
        assertThat(start(events.get(0))).isEqualTo(ZonedDateTime.of(2019, 8, 27, 9, 0, 0, 0, PARIS));
        assertThat(value(events.get(0), "LOCATION")).contains("Centre des Congrès d'Aurillac").contains("15000 Aurillac");
        assertThat(value(events.get(0), "GEO")).isEqualTo("44.9264;2.4397");
    }

    @Test
    void theProgrammeCalendarIsSubscribableAndFilterable() throws Exception {
        Visitor visitor = visitor();
        HttpResponse<String> all = visitor.get("ruralitic/calendar/ruralitic-2019/programme.ics");
        List<VEvent> sessions = events(all.body());
        assertThat(sessions).hasSize(26);
        assertThat(sessions).extracting(event -> value(event, "UID")).doesNotHaveDuplicates();
        VEvent sdun = sessions.stream().filter(event -> value(event, "UID").startsWith("ruralitic-2019.presentation-sdun-cantal@"))
            .findFirst().orElseThrow();
        assertThat(start(sdun)).isEqualTo(ZonedDateTime.of(2019, 8, 27, 10, 30, 0, 0, PARIS));
        assertThat(value(sdun, "DTSTAMP")).isEqualTo(value(sdun, "LAST-MODIFIED"));
        assertThat(events(visitor.get("ruralitic/calendar/ruralitic-2019/programme.ics").body()))
            .extracting(event -> value(event, "UID")).isEqualTo(sessions.stream().map(event -> value(event, "UID")).toList());
        String etag = all.headers().firstValue("ETag").orElseThrow();
        assertThat(visitor.get("ruralitic/calendar/ruralitic-2019/programme.ics", "If-None-Match", etag).statusCode())
            .isEqualTo(304);
        List<VEvent> agriculture = events(visitor.get("ruralitic/calendar/ruralitic-2019/programme.ics?track=agriculture").body());
        assertThat(agriculture).isNotEmpty().hasSizeLessThan(26)
            .allMatch(event -> value(event, "CATEGORIES").equals("Agriculture et numérique"));
        assertThat(events(visitor.get("ruralitic/calendar/ruralitic-2019/presentation-sdun-cantal.ics").body())).hasSize(1);
        assertThat(visitor.get("ruralitic/calendar/ruralitic-2019/no-such-session.ics").statusCode()).isEqualTo(404);
        assertThat(visitor.get("ruralitic/calendar/..%2F..%2Fetc.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theNewsFeedReadsAsAtomAndIsAnnouncedByThePages() throws Exception {
        Visitor visitor = visitor();
        SyndFeed all = feed(visitor.get("ruralitic/feed/articles.atom").body());
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        assertThat(all.getEntries()).hasSize(6);
        assertThat(all.getEntries().get(0).getLink()).contains("/ruralitic/articles/");
        assertThat(feed(visitor.get("ruralitic/feed/articles.atom?lang=en").body()).getEntries()).hasSize(1);
        assertThat(feed(visitor.get("ruralitic/feed/articles.atom?theme=agriculture").body()).getEntries()).hasSize(2);
        assertThat(visitor.get("ruralitic/").body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    }

    @Test
    void theSitemapIsValidAndListsThePublicPages() {
        byte[] sitemap = visitor().get("ruralitic/sitemap.xml").body().getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(Path.of(System.getProperty("ruralitic.it.sitemap.xsd")).toFile()).newValidator()
            .validate(new StreamSource(new ByteArrayInputStream(sitemap)))).doesNotThrowAnyException();
        String text = new String(sitemap, StandardCharsets.UTF_8);
        assertThat(text).contains("/ruralitic/articles/cantal-departement-pionnier-du-numerique-rural</loc>")
            .contains("/ruralitic/editions/smart-agri-forum-2019</loc>").contains("<lastmod>")
            .doesNotContain("ruralitic-2019-bilan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiServesEditionsProgrammeSpeakersAndPartners() {
        Visitor visitor = visitor();
        Map<String, List<Map<String, Object>>> editions = jsonb.fromJson(visitor.get("ruralitic/api/v1/editions").body(), Map.class);
        assertThat(editions.get("past")).extracting(edition -> edition.get("slug")).containsExactly("ruralitic-2019");
        Map<String, Object> edition = jsonb.fromJson(visitor.get("ruralitic/api/v1/editions/ruralitic-2019").body(), Map.class);
        assertThat(edition.get("start")).isEqualTo("2019-08-27T09:00+02:00");
        assertThat((Map<String, Object>) edition.get("venue")).containsEntry("city", "Aurillac");
        List<Map<String, Object>> days = jsonb.fromJson(visitor.get("ruralitic/api/v1/editions/ruralitic-2019/programme").body(), List.class);
        assertThat(days).extracting(day -> day.get("day")).containsExactly("2019-08-27", "2019-08-28", "2019-08-29");
        List<Map<String, Object>> track = jsonb.fromJson(
            visitor.get("ruralitic/api/v1/editions/ruralitic-2019/programme?track=agriculture&day=2019-08-28").body(), List.class);
        assertThat(track).hasSize(1);
        assertThat((List<Map<String, Object>>) track.get(0).get("sessions"))
            .allMatch(session -> ((Map<String, Object>) session.get("track")).get("code").equals("agriculture"));
        List<Map<String, Object>> speakers = jsonb.fromJson(visitor.get("ruralitic/api/v1/editions/ruralitic-2019/speakers").body(), List.class);
        assertThat(speakers).hasSize(15).allMatch(speaker -> speaker.get("bio") != null);
        List<Map<String, Object>> tiers = jsonb.fromJson(visitor.get("ruralitic/api/v1/editions/ruralitic-2019/partners").body(), List.class);
        assertThat(tiers).extracting(tier -> ((Map<String, Object>) tier.get("tier")).get("code"))
            .containsExactly("founding", "official", "supplier", "media", "associated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiPagesArticlesAndServesOneWithItsBody() {
        Visitor visitor = visitor();
        Map<String, Object> page = jsonb.fromJson(visitor.get("ruralitic/api/v1/articles?page=2&size=4").body(), Map.class);
        assertThat(page).containsEntry("page", java.math.BigDecimal.valueOf(2)).containsEntry("total", java.math.BigDecimal.valueOf(6));
        assertThat((List<Object>) page.get("items")).hasSize(2);
        Map<String, Object> article = jsonb.fromJson(
            visitor.get("ruralitic/api/v1/articles/cantal-departement-pionnier-du-numerique-rural").body(), Map.class);
        assertThat((List<Map<String, Object>>) article.get("blocks")).extracting(block -> block.get("type"))
            .containsExactly("PARAGRAPH", "QUESTION_ANSWER", "QUESTION_ANSWER", "QUESTION_ANSWER");
        assertThat(article.get("publishedAt")).isEqualTo("2019-06-19T10:00+02:00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badRequestsGetAProblemNeverA500() {
        Visitor visitor = visitor();
        for (String path : List.of("ruralitic/api/v1/articles?page=abc", "ruralitic/api/v1/articles?size=1000",
            "ruralitic/api/v1/articles?theme=%3Cscript%3E", "ruralitic/api/v1/articles?lang=de",
            "ruralitic/api/v1/editions/ruralitic-2019/programme?day=2019-02-31")) {
            HttpResponse<String> answer = visitor.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
            Map<String, Object> problem = jsonb.fromJson(answer.body(), Map.class);
            assertThat(problem).containsKeys("type", "title", "status", "detail");
            assertThat(answer.body()).doesNotContain("<script>").doesNotContain("Exception");
        }
        HttpResponse<String> missing = visitor.get("ruralitic/api/v1/editions/no-such-edition");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(jsonb.fromJson(missing.body(), Map.class)).containsEntry("status", java.math.BigDecimal.valueOf(404));
        assertThat(visitor.get("ruralitic/api/v1/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherSiteMayReadTheApiFromTheBrowser() {
        Visitor visitor = visitor();
        HttpResponse<String> answer = visitor.get("ruralitic/api/v1/editions", "Origin", "https://www.auvergne.example");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        assertThat(visitor.get("ruralitic/api/v1/editions", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> preflight = visitor.send("OPTIONS", "ruralitic/api/v1/editions", "Origin",
            "https://www.auvergne.example", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers",
            "if-none-match");
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
            value -> assertThat(value).contains("GET"));
    }

    private Visitor visitor() {
        return new Visitor(deployment, "fr");
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents().stream()
            .filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static ZonedDateTime start(VEvent event) {
        Object start = event.getStartDate().orElseThrow().getDate();
        return start instanceof java.time.Instant instant ? instant.atZone(PARIS)
            : start instanceof java.time.OffsetDateTime offset ? offset.atZoneSameInstant(PARIS)
            : ((ZonedDateTime) start).withZoneSameInstant(PARIS);
    }

    private static SyndFeed feed(String atom) throws Exception {
        return new SyndFeedInput().build(new StringReader(atom));
    }
}
