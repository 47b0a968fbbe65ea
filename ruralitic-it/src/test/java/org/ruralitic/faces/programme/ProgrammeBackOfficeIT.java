package org.ruralitic.faces.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The programme's back-office on a real server with real logins: a session saved over its warnings shows on the
 * programme, the API and the calendar; a change shows to calendar subscribers as a new revision; a stale form, an
 * unreadable day and an end before the start are refused with what was typed kept; a speaker removed at their
 * request leaves every page while their session stays; an author cannot touch the programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeBackOfficeIT {

    private static final Pattern SAVED = Pattern.compile("/ruralitic/admin/sessions/(\\d+)\\?done=saved");
    private static final Pattern SPEAKER_SAVED = Pattern.compile("/ruralitic/admin/speakers/(\\d+)\\?done=saved");
    private static final String EDITION = "ruralitic-2019";

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("programme-office").addClasses(Agent.class);
    }

    @ArquillianResource
    URL deployment;

    private final List<Long> sessions = new ArrayList<>();
    private final List<Long> speakers = new ArrayList<>();

    /** What a test created goes, as every deployment on WildFly shares one database and others count the demo. */
    @AfterEach
    void removeWhatWasCreated() {
        Agent marie = Agent.signedIn(deployment, "marie");
        for (long id : sessions) {
            HttpResponse<String> form = marie.get("ruralitic/admin/sessions/" + id);
            if (form.statusCode() == 200) {
                marie.submit(form, "session", "action=delete", Map.of("confirmDelete", "on"));
            }
        }
        for (long id : speakers) {
            HttpResponse<String> form = marie.get("ruralitic/admin/speakers/" + id);
            if (form.statusCode() == 200) {
                marie.submit(form, "speaker", "action=remove", Map.of("confirmRemove", "on"));
            }
        }
    }

    private static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** The first session of the demo programme's form, read as the editor sees it. */
    private static Document firstSession(Agent agent) {
        HttpResponse<String> programme = agent.get("ruralitic/admin/programme");
        assertThat(programme.statusCode()).isEqualTo(200);
        Element link = Jsoup.parse(programme.body()).selectFirst("tbody a[href*=/ruralitic/admin/sessions/]");
        assertThat(link).as("a session in the programme").isNotNull();
        return Jsoup.parse(agent.get(link.attr("href").replaceFirst("^/[^/]+/", "")).body());
    }

    private static String newSessionPath(Agent agent) {
        Element link = Jsoup.parse(agent.get("ruralitic/admin/programme").body()).getElementById("new-session");
        assertThat(link).isNotNull();
        return link.attr("href").replaceFirst("^/[^/]+/", "");
    }

    private long saved(HttpResponse<String> page) {
        Matcher matcher = SAVED.matcher(page.uri().toString() + "");
        assertThat(matcher.find()).as("saved, at " + page.uri() + ":\n" + page.body()).isTrue();
        long id = Long.parseLong(matcher.group(1));
        sessions.add(id);
        return id;
    }

    private long createQuietSession(Agent marie, String title, String day) {
        HttpResponse<String> form = marie.get(newSessionPath(marie));
        HttpResponse<String> page = marie.submit(form, "session", "action=save", Map.of("title", title,
            "day", day, "start", "07:00", "end", "07:45", "room", unique("Salle"), "summary", "Un *atelier*"));
        return saved(page);
    }

    @Test
    void aSessionThatClashesIsWarnedAboutThenSavedAnywayAndShowsOnTheProgrammeTheApiAndTheCalendar()
        throws Exception {
        Agent marie = Agent.signedIn(deployment, "marie");
        Document other = firstSession(marie);
        String day = other.getElementById("day").val();
        String room = other.getElementById("room").val();
        String speaker = other.select("#speaker-0 option[selected]").val();
        String title = unique("Atelier en double");

        Map<String, String> typed = new HashMap<>(Map.of("title", title, "day", day,
            "start", other.getElementById("start").val(), "end", other.getElementById("end").val(), "room", room,
            "speaker-0", speaker, "summary", "Des *retours* de terrain"));
        HttpResponse<String> warned = marie.submit(marie.get(newSessionPath(marie)), "session", "action=save", typed);
        assertThat(warned.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(warned.body());
        assertThat(page.getElementById("rt-warnings")).as("the warnings").isNotNull();
        String warnings = page.getElementById("rt-warnings").text();
        assertThat(warnings).contains("au même moment").contains("Enregistrer quand même");
        if (!speaker.isEmpty()) {
            assertThat(warnings).contains("intervient déjà dans");
        }
        if (!room.isEmpty()) {
            assertThat(warnings).contains("La salle " + room);
        }
        assertThat(page.getElementById("title").val()).isEqualTo(title);
        assertThat(marie.get("ruralitic/admin/programme").body()).doesNotContain(title);

        long id = saved(marie.submit(warned, "session", "action=saveAnyway", Map.of()));
        assertThat(marie.get("ruralitic/admin/sessions/" + id + "?done=saved").body())
            .contains("La session est enregistrée");

        Agent visitor = new Agent(deployment, "fr-FR");
        assertThat(visitor.get("ruralitic/programme?edition=" + EDITION).body()).contains(title);
        assertThat(visitor.get("ruralitic/api/v1/editions/" + EDITION + "/programme").body()).contains(title);
        assertThat(events(visitor.get("ruralitic/calendar/" + EDITION + "/programme.ics").body()))
            .extracting(event -> value(event, Property.SUMMARY)).contains(title);
    }

    @Test
    void aChangedSessionShowsToCalendarSubscribersAsANewRevisionAndADeletedOneLeavesTheProgramme()
        throws Exception {
        Agent marie = Agent.signedIn(deployment, "marie");
        String day = firstSession(marie).getElementById("day").val();
        String title = unique("Atelier matinal");
        long id = createQuietSession(marie, title, day);
        Agent visitor = new Agent(deployment, "fr-FR");
        VEvent before = eventTitled(visitor, title).orElseThrow();

        Thread.sleep(1100); // LAST-MODIFIED counts seconds
        String renamed = title + " (complet)";
        saved(marie.submit(marie.get("ruralitic/admin/sessions/" + id), "session", "action=save",
            Map.of("title", renamed)));
        VEvent after = eventTitled(visitor, renamed).orElseThrow();
        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
            .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(value(after, Property.LAST_MODIFIED)).isGreaterThan(value(before, Property.LAST_MODIFIED));

        HttpResponse<String> unconfirmed = marie.submit(marie.get("ruralitic/admin/sessions/" + id), "session",
            "action=delete", Map.of());
        assertThat(Jsoup.parse(unconfirmed.body()).getElementById("error-confirmDelete").text())
            .contains("Cochez la case");
        HttpResponse<String> deleted = marie.submit(unconfirmed, "session", "action=delete",
            Map.of("confirmDelete", "on"));
        assertThat(deleted.body()).contains("La session a été supprimée du programme").doesNotContain(renamed);
        assertThat(eventTitled(visitor, renamed)).isEmpty();
        assertThat(marie.get("ruralitic/admin/sessions/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aStaleFormIsRefusedWithWhatWasTypedKeptAndCanThenBeSavedOver() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Agent claire = Agent.signedIn(deployment, "claire");
        String title = unique("Atelier disputé");
        long id = createQuietSession(marie, title, firstSession(marie).getElementById("day").val());
        HttpResponse<String> marieForm = marie.get("ruralitic/admin/sessions/" + id);
        HttpResponse<String> claireForm = claire.get("ruralitic/admin/sessions/" + id);

        saved(marie.submit(marieForm, "session", "action=save", Map.of("title", title + " par Marie")));
        HttpResponse<String> refused = claire.submit(claireForm, "session", "action=save",
            Map.of("title", title + " par Claire"));
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("rt-errors").text()).contains("Quelqu’un a modifié cette session");
        assertThat(page.getElementById("title").val()).isEqualTo(title + " par Claire");
        assertThat(Jsoup.parse(marie.get("ruralitic/admin/sessions/" + id).body()).getElementById("title").val())
            .isEqualTo(title + " par Marie");

        saved(claire.submit(refused, "session", "action=overwrite", Map.of()));
        assertThat(Jsoup.parse(marie.get("ruralitic/admin/sessions/" + id).body()).getElementById("title").val())
            .isEqualTo(title + " par Claire");
    }

    @Test
    void anUnreadableDayAndAnEndBeforeTheStartAreToldAtTheirFieldsInTheEditorsLanguage() {
        Agent marie = Agent.signedIn(deployment, "marie");
        String title = unique("Atelier mal daté");
        HttpResponse<String> refused = marie.submit(marie.get(newSessionPath(marie)), "session", "action=save",
            Map.of("title", title, "day", "29/08/2019", "start", "10:00", "end", "11:00"));
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("error-day").text()).contains("AAAA-MM-JJ");
        assertThat(page.getElementById("day").val()).isEqualTo("29/08/2019");
        assertThat(page.getElementById("title").val()).isEqualTo(title);
        assertThat(page.title()).startsWith("Erreur");

        HttpResponse<String> backwards = marie.submit(refused, "session", "action=save",
            Map.of("day", "2019-08-29", "start", "11:00", "end", "10:00"));
        Document again = Jsoup.parse(backwards.body());
        assertThat(again.getElementById("error-end").text()).contains("la fin de la session doit suivre son début");
        assertThat(again.getElementById("end").attr("aria-invalid")).isEqualTo("true");

        Agent english = new Agent(deployment, "en-GB,en;q=0.9");
        english.signIn("marie", Agent.PASSWORD);
        HttpResponse<String> inEnglish = english.submit(english.get(newSessionPath(english)), "session",
            "action=save", Map.of("title", title, "day", "August 29", "start", "10:00", "end", "11:00"));
        assertThat(Jsoup.parse(inEnglish.body()).getElementById("error-day").text()).contains("YYYY-MM-DD");
        assertThat(marie.get("ruralitic/admin/programme").body()).doesNotContain(title);
    }

    @Test
    void aSpeakerRemovedAtTheirRequestLeavesEveryPageWhileTheirSessionStays() throws Exception {
        Agent marie = Agent.signedIn(deployment, "marie");
        String name = unique("Camille Retrait");
        HttpResponse<String> created = marie.submit(marie.get("ruralitic/admin/speakers/new"), "speaker",
            "action=save", Map.of("name", name, "role", "Cheffe de projet", "organisation", "Commune de Test",
                "bio", "Une *bio* <script>alert('bio')</script>"));
        Matcher matcher = SPEAKER_SAVED.matcher(created.uri().toString());
        assertThat(matcher.find()).as("speaker saved at " + created.uri() + ":\n" + created.body()).isTrue();
        long speaker = Long.parseLong(matcher.group(1));
        speakers.add(speaker);
        assertThat(marie.get("ruralitic/admin/speakers").body()).contains(name);

        String title = unique("Atelier avec Camille");
        HttpResponse<String> form = marie.get(newSessionPath(marie));
        String day = firstSession(marie).getElementById("day").val();
        HttpResponse<String> page = marie.submit(form, "session", "action=save", Map.of("title", title, "day", day,
            "start", "07:00", "end", "07:30", "room", unique("Salle"), "speaker-0", String.valueOf(speaker)));
        long session = saved(page);
        Agent visitor = new Agent(deployment, "fr-FR");
        String speakersPage = visitor.get("ruralitic/speakers?edition=" + EDITION).body();
        assertThat(speakersPage).contains(name).doesNotContain("<script>alert('bio')");
        assertThat(visitor.get("ruralitic/api/v1/editions/" + EDITION + "/speakers").body()).contains(name);

        HttpResponse<String> unconfirmed = marie.submit(marie.get("ruralitic/admin/speakers/" + speaker), "speaker",
            "action=remove", Map.of());
        assertThat(Jsoup.parse(unconfirmed.body()).getElementById("error-confirmRemove").text()).contains("Cochez");
        HttpResponse<String> removed = marie.submit(unconfirmed, "speaker", "action=remove",
            Map.of("confirmRemove", "on"));
        assertThat(removed.body()).contains("retiré de tout le site").doesNotContain(name);

        assertThat(visitor.get("ruralitic/speakers?edition=" + EDITION).body()).doesNotContain(name);
        assertThat(visitor.get("ruralitic/programme?edition=" + EDITION).body()).contains(title).doesNotContain(name);
        assertThat(visitor.get("ruralitic/api/v1/editions/" + EDITION + "/speakers").body()).doesNotContain(name);
        assertThat(visitor.get("ruralitic/api/v1/editions/" + EDITION + "/programme").body()).doesNotContain(name);
        assertThat(visitor.get("ruralitic/calendar/" + EDITION + "/programme.ics").body()).doesNotContain(name);
        assertThat(Jsoup.parse(marie.get("ruralitic/admin/sessions/" + session).body()).getElementById("title").val())
            .isEqualTo(title);
    }

    @Test
    void theProgrammesPublicPagesWorkForAVisitorWithASession() {
        // A ui:repeat var named "session" was EL's implicit HTTP session for such a visitor: a 500 on these pages.
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> programme = marie.get("ruralitic/programme?edition=" + EDITION);
        assertThat(programme.statusCode()).isEqualTo(200);
        Element first = Jsoup.parse(programme.body()).selectFirst(".rt-session__title a");
        assertThat(first).isNotNull();
        HttpResponse<String> session = marie.get(first.attr("href").replaceFirst("^/[^/]+/", ""));
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(session.body()).select("h1").text()).isEqualTo(first.text());
        HttpResponse<String> speakersPage = marie.get("ruralitic/speakers?edition=" + EDITION);
        assertThat(speakersPage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(speakersPage.body()).select("main a[href*=/ruralitic/programme/]")).isNotEmpty();
    }

    @Test
    void anAuthorCannotSeeOrChangeTheProgramme() {
        Agent paul = Agent.signedIn(deployment, "paul");
        assertThat(paul.get("ruralitic/admin/programme").statusCode()).isEqualTo(403);
        assertThat(paul.get("ruralitic/admin/speakers").statusCode()).isEqualTo(403);
        Agent marie = Agent.signedIn(deployment, "marie");
        String path = newSessionPath(marie);
        String title = unique("Atelier interdit");
        HttpResponse<String> refused = paul.post(path, Map.of("title", title, "day", "2019-08-29", "start", "07:00",
            "end", "08:00", "editionId", path.replaceFirst(".*edition=", ""), "action", "saveAnyway"),
            "Origin", deployment.getProtocol() + "://localhost:" + deployment.getPort());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(marie.get("ruralitic/admin/programme").body()).doesNotContain(title);
        assertThat(paul.get("ruralitic/admin/articles").body()).doesNotContain("/ruralitic/admin/programme\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void thePagesHaveNoAccessibilityViolationBlankOrWithMessages(String language) {
        String newSession = newSessionPath(Agent.signedIn(deployment, "marie"));
        try (Browser browser = Browser.signedIn(deployment, language, "marie")) {
            for (String path : List.of("ruralitic/admin/programme", newSession, "ruralitic/admin/speakers",
                "ruralitic/admin/speakers/new")) {
                assertThat(browser.open(path).accessibilityViolations()).as(path + " " + language).isEmpty();
            }
            browser.open(newSession).clickAndLoad("#session button[value=save]");
            assertThat(browser.text("#error-title")).isEqualTo(language.startsWith("fr")
                ? "le titre de la session est requis" : "the session needs a title");
            assertThat(browser.accessibilityViolations()).as("session form with errors " + language).isEmpty();
            browser.open("ruralitic/admin/speakers/new").clickAndLoad("#speaker button[value=save]");
            assertThat(browser.text("#error-name")).isNotBlank();
            assertThat(browser.accessibilityViolations()).as("speaker form with an error " + language).isEmpty();
        }
    }

    private static Optional<VEvent> eventTitled(Agent visitor, String title) throws Exception {
        return events(visitor.get("ruralitic/calendar/" + EDITION + "/programme.ics").body()).stream()
            .filter(event -> title.equals(value(event, Property.SUMMARY))).findFirst();
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents().stream()
            .filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
