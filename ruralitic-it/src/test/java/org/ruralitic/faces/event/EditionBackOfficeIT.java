package org.ruralitic.faces.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Browser;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The editions back-office over HTTP, with the sample portal's real FORM login and a browser without JavaScript: an
 * editor changes the demo edition and visitors see it at once, starts next year's edition from it (partners copied,
 * no sessions), is refused a save over a stale form, and meets a localised error tied to the field when the end
 * precedes the start, with what was typed kept. Every test puts the demo edition back and removes what it created,
 * as on WildFly every deployment shares one database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionBackOfficeIT {

    private static final String DEMO = "ruralitic-2019";
    private static final String NEXT = "ruralitic-2020";
    private static final String TAGLINE = "Le Smart Village";
    private static final Pattern EDITION_ID = Pattern.compile("/ruralitic/admin/editions/(\\d+)");

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("edition-back-office").addClasses(Agent.class, EditionRows.class);
    }

    @ArquillianResource
    URL deployment;

    private final List<String> createdSeries = new ArrayList<>();

    @AfterEach
    void putTheDemoBack() {
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> form = marie.get("ruralitic/admin/editions/" + demoId(marie));
        if (!form.body().contains("value=\"" + TAGLINE + "\"")) {
            marie.submit(form, "edition", "action=save", Map.of("tagline", TAGLINE));
        }
        marie.post("test/editions?slug=" + NEXT, Map.of());
        createdSeries.forEach(code -> marie.post("test/editions?series=" + code, Map.of()));
        createdSeries.clear();
    }

    private static long demoId(Agent agent) {
        HttpResponse<String> list = agent.get("ruralitic/admin/editions");
        assertThat(list.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(list.body(), list.uri().toString());
        String href = page.select("#editions a:containsOwn(RuraliTIC 2019)").attr("href");
        Matcher id = EDITION_ID.matcher(href);
        assertThat(id.find()).as(list.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anEditorChangesTheTaglineAndVisitorsSeeItAtOnce() {
        Visitor visitor = new Visitor(deployment, "fr");
        assertThat(visitor.get("ruralitic/editions/" + DEMO).body()).contains(TAGLINE); // now in the page cache
        assertThat(visitor.get("ruralitic/").body()).contains(TAGLINE);
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> list = marie.get("ruralitic/admin/editions");
        assertThat(list.body()).contains("RuraliTIC 2019").contains("Smart Agri Forum").contains("Annoncée");
        HttpResponse<String> form = marie.get("ruralitic/admin/editions/" + demoId(marie));
        assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");
        HttpResponse<String> saved = marie.submit(form, "edition", "action=save",
            Map.of("tagline", "Le village <b>connecté</b>"));
        assertThat(saved.body()).contains("L’édition a été enregistrée.")
            .contains("value=\"Le village &lt;b&gt;connecté&lt;/b&gt;\"");
        String shown = visitor.get("ruralitic/editions/" + DEMO).body();
        assertThat(shown).contains("Le village &lt;b&gt;connecté&lt;/b&gt;").doesNotContain("<b>connecté</b>");
        assertThat(visitor.get("ruralitic/").body()).contains("Le village &lt;b&gt;connecté&lt;/b&gt;");
    }

    @Test
    void nextYearsEditionStartsFromTheDemoWithItsPartnersAndNoSessions() {
        Agent marie = Agent.signedIn(deployment, "marie");
        String demo = marie.get("test/editions?slug=" + DEMO).body();
        assertThat(demo).doesNotContain("sponsorships=0").doesNotContain("sessions=0");
        HttpResponse<String> form = marie.get("ruralitic/admin/editions/" + demoId(marie));
        HttpResponse<String> next = marie.submit(form, "next", "action=next", Map.of());
        assertThat(next.body()).contains("L’édition de l’année suivante a été préparée")
            .contains("value=\"RuraliTIC 2020\"").contains("value=\"" + NEXT + "\"").contains("value=\"2020-08-25\"")
            .contains("value=\"" + TAGLINE + "\"");
        String rows = marie.get("test/editions?slug=" + NEXT).body();
        String sponsorships = demo.substring(0, demo.indexOf(' '));
        assertThat(rows).startsWith(sponsorships + " ").contains("sessions=0").contains("days=1");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/editions/" + NEXT).statusCode())
            .as("a draft is not shown").isEqualTo(404);
        assertThat(new Visitor(deployment, "fr").get("ruralitic/").body()).contains("RuraliTIC 2019");
    }

    @Test
    void aSaveOverAStaleFormIsRefusedAndKeepsWhatWasTyped() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Agent claire = Agent.signedIn(deployment, "claire");
        long id = demoId(marie);
        HttpResponse<String> hers = marie.get("ruralitic/admin/editions/" + id);
        HttpResponse<String> mine = claire.get("ruralitic/admin/editions/" + id);
        assertThat(marie.submit(hers, "edition", "action=save", Map.of("tagline", "Version de Marie")).body())
            .contains("L’édition a été enregistrée.");
        HttpResponse<String> refused = claire.submit(mine, "edition", "action=save",
            Map.of("tagline", "Version de Claire"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Quelqu’un a modifié cette édition").contains("value=\"Version de Claire\"");
        assertThat(marie.get("ruralitic/admin/editions/" + id).body()).contains("value=\"Version de Marie\"")
            .doesNotContain("Version de Claire");
    }

    @Test
    void anEndBeforeTheStartIsExplainedBesideTheLastDayWithWhatWasTypedKept() {
        Agent marie = Agent.signedIn(deployment, "marie");
        long id = demoId(marie);
        HttpResponse<String> form = marie.get("ruralitic/admin/editions/" + id);
        HttpResponse<String> refused = marie.submit(form, "edition", "action=save",
            Map.of("endDay", "2019-08-01", "tagline", "Tapé avant l’erreur"));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-endDay").text())
            .isEqualTo("La fin de l’édition ne peut précéder son début : vérifiez le dernier jour et l’heure de fin.");
        assertThat(page.select("#endDay").attr("aria-describedby")).contains("error-endDay");
        assertThat(page.select("#endDay").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#endDay").val()).isEqualTo("2019-08-01");
        assertThat(page.select("#tagline").val()).isEqualTo("Tapé avant l’erreur");
        assertThat(page.select("#rt-errors a[href=#endDay]")).hasSize(1);
        assertThat(page.title()).startsWith("Erreur");
        Agent english = new Agent(deployment, "en");
        english.signIn("claire", Agent.PASSWORD);
        HttpResponse<String> inEnglish = english.submit(english.get("ruralitic/admin/editions/" + id), "edition",
            "action=save", Map.of("endDay", "2019-08-01"));
        assertThat(Jsoup.parse(inEnglish.body()).select("#error-endDay").text())
            .isEqualTo("The end of the edition cannot precede its start: check the last day and the end time.");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/editions/" + DEMO).body()).contains(TAGLINE)
            .doesNotContain("Tapé avant");
    }

    @Test
    void eachSeriesHasItsArchiveAndTheOldAddressesStillAnswer() {
        Visitor visitor = new Visitor(deployment, "fr");
        assertThat(visitor.get("ruralitic/series/ruralitic").body()).contains("RuraliTIC — ")
            .contains("/ruralitic/editions/" + DEMO);
        assertThat(visitor.get("ruralitic/series/assises-inconnues").statusCode()).isEqualTo(404);
        assertThat(visitor.get("ruralitic/editions").body()).contains("/ruralitic/editions/" + DEMO);
        assertThat(visitor.get("ruralitic/editions/" + DEMO).statusCode()).isEqualTo(200);
    }

    @Test
    void theListAndTheFormAreValidHtmlWithAndWithoutErrors() {
        Agent marie = Agent.signedIn(deployment, "marie");
        assertThat(HtmlChecker.errors(marie.get("ruralitic/admin/editions").body())).isEmpty();
        HttpResponse<String> form = marie.get("ruralitic/admin/editions/" + demoId(marie));
        assertThat(HtmlChecker.errors(form.body())).isEmpty();
        HttpResponse<String> refused = marie.submit(form, "edition", "action=save",
            Map.of("startDay", "27/08/2019", "latitude", "nord"));
        assertThat(refused.body()).contains("Cette date n’est pas lisible").contains("Ce nombre n’est pas lisible")
            .contains("value=\"27/08/2019\"").contains("value=\"nord\"");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(HtmlChecker.errors(marie.get("ruralitic/admin/editions/new").body())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void thePagesHaveNoAccessibilityViolationBlankOrWithMessages(String language) {
        long id = demoId(Agent.signedIn(deployment, "marie"));
        try (Browser browser = Browser.signedIn(deployment, language, "marie")) {
            for (String path : List.of("ruralitic/admin/editions", "ruralitic/admin/editions/new",
                "ruralitic/admin/editions/" + id, "ruralitic/admin/series")) {
                assertThat(browser.open(path).accessibilityViolations()).as(path + " " + language).isEmpty();
            }
            browser.open("ruralitic/admin/editions/new").clickAndLoad("#edition button[value=save]");
            assertThat(browser.all("#rt-errors li")).as("the messages of a blank form").isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("edition form with messages " + language).isEmpty();
            browser.open("ruralitic/admin/series").clickAndLoad("#series-form button[value=save]");
            assertThat(browser.all("#rt-errors li")).as("the messages of a blank series form").isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("series form with messages " + language).isEmpty();
        }
    }

    @Test
    void anAuthorIsRefusedTheEditionsPages() {
        Agent paul = Agent.signedIn(deployment, "paul");
        HttpResponse<String> list = paul.get("ruralitic/admin/editions");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).doesNotContain("RuraliTIC 2019");
        assertThat(paul.get("ruralitic/admin/editions/new").statusCode()).isEqualTo(403);
    }

    // Conference series (issue 12)
    @Test
    void anEditorCreatesASeriesThatTheEditionFormOffersAndThatHasItsPublicPage() {
        String unique = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);
        String code = "assises-" + unique;
        String name = "Assises du numérique " + unique;
        createdSeries.add(code);
        Agent marie = Agent.signedIn(deployment, "marie");
        assertThat(Jsoup.parse(marie.get("ruralitic/admin/editions").body())
            .select("a[href$=/ruralitic/admin/series]")).hasSize(1);
        HttpResponse<String> page = marie.get("ruralitic/admin/series");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        HttpResponse<String> saved = marie.submit(page, "series-form", "action=save",
            Map.of("code", code, "name", name));
        Document after = Jsoup.parse(saved.body());
        assertThat(after.select(".rt-admin-notice").text()).isEqualTo("La série est enregistrée.");
        assertThat(after.select("#series th").eachText()).contains(name);
        assertThat(after.select("#code").val()).isEqualTo(code);
        assertThat(after.select("#code").hasAttr("readonly")).as("the code stays").isTrue();
        Document form = Jsoup.parse(marie.get("ruralitic/admin/editions/" + demoId(marie)).body());
        assertThat(form.select("#series option").eachText()).contains(name, "RuraliTIC");
        HttpResponse<String> shown = new Visitor(deployment, "fr").get("ruralitic/series/" + code);
        assertThat(shown.statusCode()).isEqualTo(200);

        HttpResponse<String> refused = marie.submit(marie.get("ruralitic/admin/series"), "series-form",
            "action=save", Map.of("code", code, "name", "Deuxième série " + unique));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("#error-code").text())
            .isEqualTo("Une autre série a déjà ce code : choisissez-en un autre.");
        assertThat(again.select("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#code").attr("aria-describedby")).contains("error-code");
        assertThat(again.select("#rt-errors a[href=#code]")).hasSize(1);
        assertThat(again.select("#name").val()).isEqualTo("Deuxième série " + unique);
        assertThat(again.select("#code").val()).isEqualTo(code);
        assertThat(again.select("#series code").eachText()).containsOnlyOnce(code);
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    }

    @Test
    void anAuthorIsRefusedTheSeriesPage() {
        Agent paul = Agent.signedIn(deployment, "paul");
        HttpResponse<String> page = paul.get("ruralitic/admin/series");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("series-form").doesNotContain("/ruralitic/series/ruralitic");
    }
}
