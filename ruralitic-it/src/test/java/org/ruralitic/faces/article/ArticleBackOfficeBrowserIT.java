package org.ruralitic.faces.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The articles back-office in a real browser (headless Chromium), signed in through the sample portal's FORM login:
 * an editor writes an interview, previews it, schedules it a few seconds ahead and sees it appear by itself on the
 * site, in the feed and in the API; two editors on one article, the second is told; axe-core finds nothing on any
 * admin page, in French and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticleBackOfficeBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("back-office-browser", Map.of("roles.administrator", "webmaster"))
            .addClass(Agent.class);
    }

    @ArquillianResource
    URL deployment;

    private final List<Long> written = new java.util.ArrayList<>();

    @AfterEach
    void binWhatWasWritten() {
        ArticleBackOfficeIT.binAll(deployment, written);
    }

    private static Long idOf(String editorUrl) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("/admin/articles/(\\d+)").matcher(editorUrl);
        assertThat(id.find()).as(editorUrl).isTrue();
        return Long.valueOf(id.group(1));
    }

    private static String field(String id) {
        return "[id='" + id + "']";
    }

    @Test
    void anEditorWritesAnInterviewSchedulesItAndItAppearsByItself() throws InterruptedException {
        String title = ArticleBackOfficeIT.unique("Entretien avec la maire de Salers");
        try (Browser browser = Browser.signedIn(deployment, "fr-FR", "marie")) {
            browser.open("ruralitic/admin/articles/new");
            browser.type(field("editor:title"), title).type(field("editor:interviewee"), "Jeanne Martin")
                .type(field("editor:intervieweeRole"), "maire de Salers");
            browser.click(field("editor:addQuestion"));
            browser.waitForText("#rt-blocks", "Bloc 1 : Question et réponse");
            assertThat(browser.url()).as("added without a page load").endsWith("/ruralitic/admin/articles/new");
            browser.type(field("editor:blocks:0:text"), "Pourquoi la fibre ?");
            browser.type(field("editor:blocks:0:answer"), "Parce que [le Cantal](https://www.cantal.fr) investit :\n\n"
                + "- dans la **fibre**\n- dans les tiers-lieux");
            browser.click(field("editor:addImage"));
            browser.waitForText("#rt-blocks", "Bloc 2 : Image");
            assertThat(browser.script("return document.getElementById('editor:blocks:0:text').value;"))
                .isEqualTo("Pourquoi la fibre ?");
            browser.type(field("editor:blocks:1:imageUrl"), "/demo/images/interview-cantal.svg")
                .type(field("editor:blocks:1:imageAlt"), "La maire devant la mairie de Salers");
            browser.clickAndLoad(field("editor:save"));
            assertThat(browser.text("main")).contains("Article enregistré.");
            written.add(idOf(browser.url()));
            assertThat(browser.accessibilityViolations()).as("editor with blocks").isEmpty();

            browser.clickAndLoad("a[href$='/preview']");
            assertThat(browser.text(".rt-article__title")).isEqualTo(title);
            assertThat(browser.all(".rt-interview__answer a[href='https://www.cantal.fr']")).hasSize(1);
            assertThat(browser.texts(".rt-interview__answer li")).containsExactly("dans la fibre", "dans les tiers-lieux");
            assertThat(browser.all(".rt-interview__answer strong")).hasSize(1);
            String editor = browser.url().replaceFirst("/preview$", "");
            String slug = slug(browser, editor);

            browser.open(editor.replaceFirst("^.*?/ruralitic/", "ruralitic/"));
            String soon = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusSeconds(8).format(LOCAL);
            browser.script("document.getElementById('editor:scheduleAt').value = arguments[0];", soon);
            browser.clickAndLoad(field("editor:schedule"));
            assertThat(browser.text("main")).contains("Article programmé.");

            Visitor visitor = new Visitor(deployment, "fr");
            assertThat(visitor.get("ruralitic/articles/" + slug).statusCode()).isEqualTo(404);
            assertThat(visitor.get("ruralitic/articles").body()).doesNotContain(title);
            HttpResponse<String> page = null;
            for (int i = 0; i < 40 && (page == null || page.statusCode() != 200); i++) {
                Thread.sleep(1000);
                page = visitor.get("ruralitic/articles/" + slug);
            }
            assertThat(page.statusCode()).as("the article appears by itself").isEqualTo(200);
            assertThat(page.body()).contains("Pourquoi la fibre ?");
            assertThat(visitor.get("ruralitic/articles").body()).contains(title);
            assertThat(visitor.get("ruralitic/feed/articles.atom").body()).contains(title);
            assertThat(visitor.get("ruralitic/api/v1/articles/" + slug).body()).contains("\"slug\":\"" + slug + "\"");
        }
    }

    @Test
    void theSecondOfTwoBrowsersIsToldAndKeepsWhatItTyped() {
        try (Browser marie = Browser.signedIn(deployment, "fr-FR", "marie");
            Browser claire = Browser.signedIn(deployment, "fr-FR", "claire")) {
            marie.open("ruralitic/admin/articles/new");
            marie.type(field("editor:title"), ArticleBackOfficeIT.unique("À deux mains"));
            marie.clickAndLoad(field("editor:save"));
            written.add(idOf(marie.url()));
            String address = marie.url().replaceFirst("\\?.*$", "").replaceFirst("^.*?/ruralitic/", "ruralitic/");
            claire.open(address);
            marie.type(field("editor:lead"), "Le chapeau de Marie.");
            marie.clickAndLoad(field("editor:save"));
            claire.type(field("editor:lead"), "Le chapeau de Claire.");
            claire.clickAndLoad(field("editor:save"));
            assertThat(claire.text(".rt-admin-errors")).contains("marie a enregistré cet article")
                .contains("Rien n’a été enregistré");
            assertThat(claire.script("return document.getElementById('editor:lead').value;"))
                .isEqualTo("Le chapeau de Claire.");
            assertThat(claire.accessibilityViolations()).as("conflict shown").isEmpty();
            marie.open(address);
            assertThat(marie.script("return document.getElementById('editor:lead').value;"))
                .isEqualTo("Le chapeau de Marie.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void everyAdminPageHasNoAccessibilityViolation(String language) {
        try (Browser browser = Browser.signedIn(deployment, language, "admin")) {
            browser.open("ruralitic/admin/articles/new");
            browser.clickAndLoad(field("editor:save")); // no title: the error summary and the field's error
            assertThat(browser.all("[id='editor:title'][aria-invalid=true]")).hasSize(1);
            assertThat(browser.accessibilityViolations()).as("editor with errors").isEmpty();
            browser.type(field("editor:title"), ArticleBackOfficeIT.unique("Accessible"));
            browser.click(field("editor:addParagraph"));
            browser.waitForText("#rt-blocks", language.startsWith("fr") ? "Bloc 1" : "Block 1");
            browser.type(field("editor:blocks:0:text"), "Un paragraphe.");
            browser.clickAndLoad(field("editor:save"));
            written.add(idOf(browser.url()));
            String editor = browser.url().replaceFirst("\\?.*$", "").replaceFirst("^.*?/ruralitic/", "ruralitic/");
            for (String path : List.of("ruralitic/admin/articles", editor, editor + "/history", editor + "/preview",
                "ruralitic/admin/bin", "ruralitic/admin/audit", "ruralitic/admin/articles?q=zzz")) {
                browser.open(path);
                assertThat(browser.accessibilityViolations()).as(path + " " + language).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void theNewsletterPagesHaveNoAccessibilityViolationAndWorkFromTheKeyboard(String language) {
        try (Browser browser = Browser.signedIn(deployment, language, "admin")) {
            browser.open("ruralitic/admin/newsletters/new");
            browser.clickAndLoad("button[value=save]"); // no subject: the summary and the field's error
            assertThat(browser.all("#subject[aria-invalid=true]")).hasSize(1);
            assertThat(browser.accessibilityViolations()).as("issue editor with errors " + language).isEmpty();
            browser.type("#subject", "Lettre accessible");
            browser.type("#section-0-text", "Un *texte*.");
            // Enter in a field submits with the form's first button: a save, not a move.
            browser.script("document.getElementById('subject').focus();");
            browser.all("#subject").get(0).sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitForText(".rt-admin-notice[role=status]", language.startsWith("fr") ? "Lettre enregistrée."
                : "Newsletter saved.");
            assertThat(browser.script("return document.getElementById('section-0-text').value;"))
                .isEqualTo("Un *texte*.");
            String editor = browser.url().replaceFirst("\\?.*$", "").replaceFirst("^.*?/ruralitic/", "ruralitic/");
            for (String path : List.of(editor, "ruralitic/admin/newsletters", "ruralitic/newsletter/archive")) {
                browser.open(path);
                assertThat(browser.accessibilityViolations()).as(path + " " + language).isEmpty();
            }
        }
    }

    private static String slug(Browser browser, String editor) {
        browser.open(editor.replaceFirst("^.*?/ruralitic/", "ruralitic/"));
        return (String) browser.script("return document.getElementById('editor:slug').value;");
    }
}
