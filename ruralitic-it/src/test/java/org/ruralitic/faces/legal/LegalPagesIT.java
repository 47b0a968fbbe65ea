package org.ruralitic.faces.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The public-sector pages over HTTP with the sample portal's real login: the three pages in both languages, linked
 * from every page's footer, true of the settings (a confirmation link of three days here), and the legal notice
 * edited by an administrator and shown to visitors at once, its script inert; an editor may not change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalPagesIT {

    private static final String[] PAGES = {"accessibility", "legal-notice", "personal-data"};

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("legal", Map.of("roles.administrator", "webmaster",
            "newsletter.token.lifetime", "P3D", "legal.publisher", "Département du Cantal"));
    }

    @ArquillianResource
    URL deployment;

    @AfterEach
    void backToTheDefaultTexts() {
        // On WildFly every deployment shares one database: leave no edited page to the other tests.
        Agent admin = Agent.signedIn(deployment, "admin");
        for (String language : new String[] {"fr", "en"}) {
            HttpResponse<String> form = admin.get("ruralitic/admin/legal?page=legal-notice&language=" + language);
            if (form.body().contains("value=\"reset\"")) {
                admin.submit(form, "legal", "action=reset", Map.of());
            }
        }
    }

    @Test
    void theThreePagesAnswerInFrenchAndEnglishAndEveryPageLinksToThem() {
        for (String language : new String[] {"fr", "en"}) {
            Visitor visitor = new Visitor(deployment, language);
            for (String page : PAGES) {
                HttpResponse<String> answer = visitor.get("ruralitic/" + page);
                assertThat(answer.statusCode()).as(page + " in " + language).isEqualTo(200);
                assertThat(Jsoup.parse(answer.body()).select("html").attr("lang")).isEqualTo(language);
                assertThat(HtmlChecker.errors(answer.body())).as(page + " in " + language).isEmpty();
            }
            Document home = Jsoup.parse(visitor.get("ruralitic/").body());
            assertThat(home.select("footer nav a").eachAttr("href"))
                .anyMatch(href -> href.endsWith("/ruralitic/accessibility"))
                .anyMatch(href -> href.endsWith("/ruralitic/legal-notice"))
                .anyMatch(href -> href.endsWith("/ruralitic/personal-data"));
            assertThat(home.select("footer nav a").first().text())
                .isEqualTo("fr".equals(language) ? "Accessibilité : non conforme" : "Accessibility: not compliant");
        }
        Document statement = Jsoup.parse(new Visitor(deployment, "fr").get("ruralitic/accessibility").body());
        assertThat(statement.select("h1").text()).isEqualTo("Déclaration d’accessibilité");
        assertThat(statement.select("main h2").eachText()).contains("État de conformité", "Voies de recours");
        assertThat(statement.text()).contains("Département du Cantal s’engage").contains("non conforme")
            .contains("Défenseur des droits");
        Document notice = Jsoup.parse(new Visitor(deployment, "en").get("ruralitic/legal-notice").body());
        assertThat(notice.select("h1").text()).isEqualTo("Legal notice");
        assertThat(notice.text()).contains("[To fill in: name and position of the publication director — setting"
            + " legal.director]");
    }

    @Test
    void thePersonalDataPageStatesTheRetentionOfThePortalsSettings() {
        String french = Jsoup.parse(new Visitor(deployment, "fr").get("ruralitic/personal-data").body()).text();
        assertThat(french).contains("supprimée, avec ses courriels non envoyés, 3 jours après la demande")
            .contains("restent 30 jours dans la file d’envoi").contains("CNIL").doesNotContain("7 jours");
        String english = Jsoup.parse(new Visitor(deployment, "en").get("ruralitic/personal-data?lang=en").body())
            .text();
        assertThat(english).contains("3 days after the request").contains("Data protection officer");
    }

    @Test
    void anAdministratorsLegalNoticeShowsAtOnceAndItsScriptIsInert() {
        Visitor visitor = new Visitor(deployment, "fr");
        assertThat(visitor.get("ruralitic/legal-notice").body()).contains("Direction de la publication"); // now cached
        Agent admin = Agent.signedIn(deployment, "admin");
        HttpResponse<String> list = admin.get("ruralitic/admin/legal");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Pages légales").contains("Texte par défaut");
        assertThat(HtmlChecker.errors(list.body())).as("admin list").isEmpty();
        HttpResponse<String> form = admin.get("ruralitic/admin/legal?page=legal-notice&language=fr");
        assertThat(form.body()).contains("Direction de la publication").doesNotContain("value=\"reset\"");
        assertThat(HtmlChecker.errors(form.body())).as("admin form").isEmpty();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String text = "## Éditeur\n\nLe **Département du Cantal** " + mark
            + "\n<script>document.title='pwned'</script>\n[lien](javascript:alert(1))";

        HttpResponse<String> preview = admin.submit(form, "legal", "action=preview", Map.of("body", text));
        assertThat(Jsoup.parse(preview.body()).select("#legal-preview strong").text())
            .isEqualTo("Département du Cantal");
        assertThat(visitor.get("ruralitic/legal-notice").body()).doesNotContain(mark);

        HttpResponse<String> saved = admin.submit(preview, "legal", "action=save", Map.of("body", text));
        assertThat(saved.body()).contains("La page publique le montre dès maintenant").contains("value=\"reset\"");

        HttpResponse<String> page = visitor.get("ruralitic/legal-notice");
        Document shown = Jsoup.parse(page.body());
        assertThat(shown.select("#rt-legal h2").text()).isEqualTo("Éditeur");
        assertThat(shown.select("#rt-legal strong").text()).isEqualTo("Département du Cantal");
        assertThat(shown.select("#rt-legal").text()).contains(mark).contains("<script>document.title='pwned'</script>");
        assertThat(shown.select("#rt-legal script")).isEmpty();
        assertThat(shown.select("#rt-legal a")).isEmpty();
        assertThat(page.body()).doesNotContain("<script>document.title");
        assertThat(visitor.get("ruralitic/legal-notice?lang=en").body()).doesNotContain(mark);
    }

    @Test
    void aSaveOverAnotherAdministratorsKeepsTheirsAndTheTypedText() {
        Agent first = Agent.signedIn(deployment, "admin");
        Agent second = Agent.signedIn(deployment, "admin");
        HttpResponse<String> firstForm = first.get("ruralitic/admin/legal?page=legal-notice&language=en");
        HttpResponse<String> secondForm = second.get("ruralitic/admin/legal?page=legal-notice&language=en");
        first.submit(firstForm, "legal", "action=save", Map.of("body", "First notice"));
        HttpResponse<String> refused = second.submit(secondForm, "legal", "action=save",
            Map.of("body", "Second notice"));
        assertThat(refused.body()).contains("Rien n’a été enregistré").contains("Second notice")
            .contains("value=\"overwrite\"");
        assertThat(new Visitor(deployment, "en").get("ruralitic/legal-notice").body()).contains("First notice")
            .doesNotContain("Second notice");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void thePublicPagesAndTheirEditorHaveNoAccessibilityViolation(String language) {
        try (Browser visitor = new Browser(deployment, language, true)) {
            for (String path : List.of("ruralitic/accessibility", "ruralitic/legal-notice",
                "ruralitic/personal-data")) {
                assertThat(visitor.open(path).accessibilityViolations()).as(path + " " + language).isEmpty();
            }
        }
        try (Browser admin = Browser.signedIn(deployment, language, "admin")) {
            for (String path : List.of("ruralitic/admin/legal", "ruralitic/admin/legal?page=personal-data&language=fr",
                "ruralitic/admin/audit")) {
                assertThat(admin.open(path).accessibilityViolations()).as(path + " " + language).isEmpty();
            }
            admin.open("ruralitic/admin/legal?page=legal-notice&language=en")
                .clickAndLoad("#legal button[value=preview]");
            assertThat(admin.accessibilityViolations()).as("the preview " + language).isEmpty();
        }
    }

    @Test
    void anEditorMayNotChangeThePages() {
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> list = marie.get("ruralitic/admin/legal");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).doesNotContain("Texte par défaut");
        HttpResponse<String> form = marie.get("ruralitic/admin/legal?page=legal-notice&language=fr");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).doesNotContain("<textarea");
        HttpResponse<String> posted = marie.post("ruralitic/admin/legal?page=legal-notice&language=fr",
            Map.of("action", "save", "version", "-1", "body", "Texte de Marie"), "Origin", new Visitor(deployment,
                "fr").origin());
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(new Visitor(deployment, "fr").get("ruralitic/legal-notice").body()).doesNotContain("Texte de Marie");
        assertThat(marie.get("ruralitic/admin/articles").body()).doesNotContain("/ruralitic/admin/legal\"");
    }
}
