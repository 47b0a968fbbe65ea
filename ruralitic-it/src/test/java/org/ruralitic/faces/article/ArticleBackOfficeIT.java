package org.ruralitic.faces.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.Agent;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.ServiceCall;
import org.ruralitic.it.Visitor;

/**
 * The articles back-office over HTTP, with the sample portal's real FORM login on each server and a browser without
 * JavaScript: who gets in, what each role may do (pages and service alike), what visitors then see, conflicts between
 * two editors, old addresses, preview links, and that admin pages are never stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticleBackOfficeIT {

    private static final Pattern SAVED_ID = Pattern.compile("/ruralitic/admin/articles/(\\d+)\\?");
    private static final Pattern LISTED = Pattern.compile("rt-articles__count\" role=\"status\">(\\d+) actualité");

    @Deployment(testable = false)
    static WebArchive portal() {
        // The portal calls its administrators "webmaster": the setting maps that role onto ours.
        return SamplePortal.war("back-office", Map.of("roles.administrator", "webmaster",
            "newsletter.rate.limit", "1000/PT10M")).addClasses(Agent.class, ServiceCall.class);
    }

    @ArquillianResource
    URL deployment;

    // What each test wrote: moved to the bin after it, as on WildFly every deployment shares one database and the
    // other tests count the demo's articles.
    private static final List<Long> WRITTEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void binWhatWasWritten() {
        binAll(deployment, WRITTEN);
    }

    /** Moves articles to the bin through the editor, as an editor; those already there or gone are skipped. */
    static void binAll(URL deployment, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Agent marie = Agent.signedIn(deployment, "marie");
        for (Long id : ids) {
            HttpResponse<String> editor = marie.get("ruralitic/admin/articles/" + id);
            if (editor.statusCode() == 200 && editor.body().contains("name=\"editor:delete\"")) {
                marie.submit(editor, "editor", "editor:delete", Map.of());
            }
        }
        ids.clear();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Writes a draft through the editor's form as {@code agent}, with one paragraph; returns its id. */
    static long writeDraft(Agent agent, String title, String paragraph) {
        HttpResponse<String> editor = agent.get("ruralitic/admin/articles/new");
        assertThat(editor.statusCode()).isEqualTo(200);
        HttpResponse<String> withBlock = agent.submit(editor, "editor", "editor:addParagraph",
            Map.of("editor:title", title));
        assertThat(withBlock.body()).contains("Bloc 1 : Paragraphe");
        HttpResponse<String> saved = agent.submit(withBlock, "editor", "editor:save",
            Map.of("editor:blocks:0:text", paragraph));
        assertThat(saved.body()).as(saved.uri().toString()).contains("Article enregistré.");
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).as(saved.uri().toString()).isTrue();
        WRITTEN.add(Long.valueOf(id.group(1)));
        return Long.parseLong(id.group(1));
    }

    @Test
    void aVisitorNobodySignedInMeetsThePortalsLoginAndNothingIsStored() {
        Agent anonymous = new Agent(deployment, "fr");
        HttpResponse<String> page = anonymous.get("ruralitic/admin/articles");
        assertThat(page.body()).contains("j_security_check").doesNotContain("Nouvel article");
        HttpResponse<String> direct = anonymous.get("ruralitic/admin/article.xhtml");
        assertThat(direct.body()).contains("j_security_check").doesNotContain("rt-article-blocks");
    }

    @Test
    void aSignedInUserWithoutARoleGetsA403Page() {
        Agent visitor = Agent.signedIn(deployment, "visiteur");
        HttpResponse<String> page = visitor.get("ruralitic/admin/articles");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Accès refusé").doesNotContain("Nouvel article");
        assertThat(visitor.get("ruralitic/admin/articles/new").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordsGetThePortalsErrorPage() {
        Agent stranger = new Agent(deployment, "fr");
        assertThat(stranger.signIn("marie", "not-her-password").body()).contains("Identifiant ou mot de passe incorrect");
    }

    @Test
    void anAuthorWritesADraftWithoutJavaScriptThatVisitorsDoNotSee() {
        Agent paul = Agent.signedIn(deployment, "paul");
        String title = unique("Brouillon de Paul");
        long id = writeDraft(paul, title, "Un premier paragraphe.");
        HttpResponse<String> page = paul.get("ruralitic/admin/articles/" + id);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("Brouillon").contains("Envoyer en relecture")
            .doesNotContain("Publier maintenant").doesNotContain("Mettre à la corbeille");
        assertThat(paul.get("ruralitic/admin/articles?q=" + title.substring(title.length() - 6)).body()).contains(title);
        String slug = slugOf(paul, id);
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void theServiceRefusesAnAuthorWhatItsPageDoesNotOffer() {
        Agent paul = Agent.signedIn(deployment, "paul");
        long id = writeDraft(paul, unique("Publication refusée"), "Texte.");
        assertThat(paul.post("test/publish?id=" + id, Map.of()).statusCode()).isEqualTo(403);
        String slug = slugOf(paul, id);
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(404);
        Agent marie = Agent.signedIn(deployment, "marie");
        assertThat(marie.post("test/publish?id=" + id, Map.of()).statusCode()).isEqualTo(204);
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorPublishesAndVisitorsOfThisServerSeeItAtOnce() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Visitor visitor = new Visitor(deployment, "fr");
        int listed = listed(visitor.get("ruralitic/articles").body()); // the page and its total now kept
        String title = unique("Publié par Marie");
        long id = writeDraft(marie, title, "Un texte public.");
        HttpResponse<String> editor = marie.get("ruralitic/admin/articles/" + id);
        HttpResponse<String> published = marie.submit(editor, "editor", "editor:publish", Map.of());
        assertThat(published.body()).contains("Article publié.");
        String list = visitor.get("ruralitic/articles").body();
        assertThat(list).contains(title);
        assertThat(listed(list)).isEqualTo(listed + 1);
        assertThat(visitor.get("ruralitic/articles/" + slugOf(marie, id)).body()).contains("Un texte public.");
    }

    /** The number of articles the list says it holds. */
    private static int listed(String list) {
        Matcher count = LISTED.matcher(list);
        assertThat(count.find()).as("the count of the list").isTrue();
        return Integer.parseInt(count.group(1));
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndKeepsWhatSheTyped() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Agent claire = Agent.signedIn(deployment, "claire");
        long id = writeDraft(marie, unique("Conflit"), "Version de départ.");
        HttpResponse<String> hers = marie.get("ruralitic/admin/articles/" + id);
        HttpResponse<String> mine = claire.get("ruralitic/admin/articles/" + id);
        assertThat(marie.submit(hers, "editor", "editor:save", Map.of("editor:blocks:0:text", "Texte de Marie.")).body())
            .contains("Article enregistré.");
        HttpResponse<String> refused = claire.submit(mine, "editor", "editor:save",
            Map.of("editor:blocks:0:text", "Texte de Claire."));
        assertThat(refused.body()).contains("marie a enregistré cet article").contains("Texte de Claire.")
            .contains("Enregistrer ma version quand même");
        assertThat(marie.get("ruralitic/admin/articles/" + id).body()).contains("Texte de Marie.")
            .doesNotContain("Texte de Claire.");
    }

    @Test
    void aFormWhoseViewExpiredComesBackWithWhatWasTyped() {
        Agent paul = Agent.signedIn(deployment, "paul");
        HttpResponse<String> editor = paul.get("ruralitic/admin/articles/new");
        editor = paul.submit(editor, "editor", "editor:addQuestion", Map.of("editor:title", "Titre tapé"));
        // As after a session timeout or many tabs: the server no longer knows this view.
        HttpResponse<String> back = paul.submit(editor, "editor", "editor:addParagraph",
            Map.of("jakarta.faces.ViewState", "-1:-1", "editor:blocks:0:text", "Question tapée",
                "editor:blocks:0:answer", "Réponse tapée"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("La page avait expiré").contains("Titre tapé").contains("Question tapée")
            .contains("Réponse tapée").contains("Bloc 2 : Paragraphe");
        HttpResponse<String> saved = paul.submit(back, "editor", "editor:save", Map.of("editor:blocks:1:text", "Suite."));
        assertThat(saved.body()).contains("Article enregistré.").contains("Réponse tapée");
    }

    @Test
    void aChangedAddressAnswers301ToTheNewOne() {
        Agent marie = Agent.signedIn(deployment, "marie");
        long id = writeDraft(marie, unique("Adresse changée"), "Texte.");
        String slug = slugOf(marie, id);
        HttpResponse<String> editor = marie.get("ruralitic/admin/articles/" + id);
        marie.submit(editor, "editor", "editor:publish", Map.of());
        editor = marie.get("ruralitic/admin/articles/" + id);
        marie.submit(editor, "editor", "editor:save", Map.of("editor:slug", slug + "-nouvelle"));
        HttpResponse<String> old = new Agent(deployment, "fr").getOnce("ruralitic/articles/" + slug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/ruralitic/articles/" + slug + "-nouvelle");
    }

    @Test
    void aPreviewLinkShowsTheDraftToSomeoneWithoutAnAccount() {
        Agent paul = Agent.signedIn(deployment, "paul");
        long id = writeDraft(paul, unique("À relire"), "Réponses à relire.");
        HttpResponse<String> shared = paul.submit(paul.get("ruralitic/admin/articles/" + id), "editor", "editor:share",
            Map.of());
        Matcher link = Pattern.compile("value=\"(http[^\"]+/ruralitic/preview/[A-Za-z0-9_-]+)\"").matcher(shared.body());
        assertThat(link.find()).as(shared.body()).isTrue();
        HttpResponse<String> preview = new Visitor(deployment, "fr").get(link.group(1).replaceFirst("^.*?/ruralitic/",
            "ruralitic/"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Réponses à relire.").contains("noindex");
        assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/preview/" + "x".repeat(43)).statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditLogIsForAdministratorsUnderThePortalsOwnRoleName() {
        Agent admin = Agent.signedIn(deployment, "admin");
        writeDraft(admin, unique("Journal"), "Texte.");
        HttpResponse<String> log = admin.get("ruralitic/admin/audit");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("Journal des actions").contains("admin").contains("Création");
        // This deployment has no newsletter settings: its administrators are told which ones are missing.
        assertThat(log.body()).contains("La lettre d’information n’est pas encore ouverte").contains("newsletter.base.url");
        assertThat(Agent.signedIn(deployment, "marie").get("ruralitic/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void deletedArticlesLeaveTheSiteAndComeBackFromTheBin() {
        Agent marie = Agent.signedIn(deployment, "marie");
        String title = unique("Corbeille");
        long id = writeDraft(marie, title, "Texte.");
        marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor", "editor:publish", Map.of());
        String slug = slugOf(marie, id);
        int listed = listed(new Visitor(deployment, "fr").get("ruralitic/articles").body());
        HttpResponse<String> deleted = marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor",
            "editor:delete", Map.of());
        assertThat(deleted.body()).contains("mis à la corbeille");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(404);
        assertThat(listed(new Visitor(deployment, "fr").get("ruralitic/articles").body())).isEqualTo(listed - 1);
        HttpResponse<String> bin = marie.get("ruralitic/admin/bin");
        assertThat(bin.body()).contains(title);
        String button = Pattern.compile("name=\"(bin:rows:\\d+:restore)\"[^>]*aria-label=\"Restaurer : " + Pattern.quote(title))
            .matcher(bin.body()).results().findFirst().orElseThrow().group(1);
        assertThat(marie.submit(bin, "bin", button, new LinkedHashMap<>()).body()).contains("Article sorti de la corbeille.");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(200);
        assertThat(listed(new Visitor(deployment, "fr").get("ruralitic/articles").body())).isEqualTo(listed);
    }

    /** Payloads of the usual XSS scanners and of broken Markdown, one per field. */
    private static final Map<String, String> HOSTILE = Map.of(
        "editor:title", "<script>alert('title')</script>Entretien piégé",
        "editor:lead", "\"><img src=x onerror=alert('lead')>",
        "editor:author", "<svg onload=alert('author')>",
        "editor:interviewee", "</script><script>alert('interviewee')</script>",
        "editor:blocks:0:text", "[clic](javascript:alert('link')) [b](JaVaScRiPt:alert(1)) [c](  javascript:alert(1))"
            + " <iframe src=\"javascript:alert('frame')\"></iframe> **<b onmouseover=alert('bold')>gras</b>** _[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)_",
        "editor:blocks:1:text", "Question ? <a href=\"javascript:alert('q')\">lien</a>",
        "editor:blocks:1:answer", "- <img src=x onerror=alert('answer')>\n- [ok](https://www.cantal.fr \"t\\\" onmouseover=alert(1)\")\n\n<style>*{display:none}</style>",
        "editor:blocks:2:text", "<object data=\"javascript:alert('quote')\"></object>",
        "editor:blocks:2:attribution", "<body onload=alert('attribution')>");

    @Test
    void hostileTextInEveryFieldNeverRunsOnThePagesTheFeedTheApiOrThePreviews() {
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> editor = marie.get("ruralitic/admin/articles/new");
        editor = marie.submit(editor, "editor", "editor:addParagraph", Map.of());
        editor = marie.submit(editor, "editor", "editor:addQuestion", Map.of());
        editor = marie.submit(editor, "editor", "editor:addQuotation", Map.of());
        HttpResponse<String> saved = marie.submit(editor, "editor", "editor:save", HOSTILE);
        assertThat(saved.body()).contains("Article enregistré.");
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).isTrue();
        WRITTEN.add(Long.valueOf(id.group(1)));
        String slug = slugOf(marie, Long.parseLong(id.group(1)));
        HttpResponse<String> shared = marie.submit(marie.get("ruralitic/admin/articles/" + id.group(1)), "editor",
            "editor:share", Map.of());
        String preview = Pattern.compile("/ruralitic/preview/[A-Za-z0-9_-]+").matcher(shared.body()).results()
            .findFirst().orElseThrow().group();
        assertInert(marie.get("ruralitic/admin/articles/" + id.group(1) + "/preview").body(), "admin preview");
        assertInert(new Visitor(deployment, "fr").get(preview.substring(1)).body(), "shared preview");
        assertInert(marie.get("ruralitic/admin/articles/" + id.group(1)).body(), "editor");
        assertInert(marie.get("ruralitic/admin/articles?q=pi%C3%A9g%C3%A9").body(), "list");
        marie.submit(marie.get("ruralitic/admin/articles/" + id.group(1)), "editor", "editor:publish", Map.of());
        assertInert(marie.get("ruralitic/admin/articles/" + id.group(1) + "/history").body(), "history");

        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> page = visitor.get("ruralitic/articles/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Entretien piégé").contains("href=\"https://www.cantal.fr\"");
        assertInert(page.body(), "article page");
        assertInert(visitor.get("ruralitic/articles").body(), "article list");
        assertInert(visitor.get("ruralitic/").body(), "home page");
        String feed = visitor.get("ruralitic/feed/articles.atom").body();
        assertThat(feed).contains("Entretien piégé");
        for (org.jsoup.nodes.Element content : org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser())
            .select("content[type=html], summary[type=html]")) {
            assertInert(content.text(), "feed");
        }
        String api = visitor.get("ruralitic/api/v1/articles/" + slug).body();
        for (Matcher html = Pattern.compile("\"html\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(api); html.find();) {
            assertInert(jakarta.json.Json.createReader(new java.io.StringReader("\"" + html.group(1) + "\""))
                .readValue().toString(), "api");
        }
    }

    /** Fails when a page or fragment holds anything that a browser would run. */
    static void assertInert(String html, String where) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
        assertThat(document.select("script").stream()
            .filter(script -> !"application/ld+json".equals(script.attr("type")) && !script.hasAttr("src")))
            .as(where + ": inline scripts").isEmpty();
        assertThat(document.select("script[type=application/ld+json]").stream().map(org.jsoup.nodes.Element::data))
            .as(where + ": JSON-LD").noneMatch(json -> json.toLowerCase(java.util.Locale.ROOT).contains("</script"));
        assertThat(document.select("iframe, object, embed, svg, style, base, meta[http-equiv]")).as(where + ": elements")
            .isEmpty();
        assertThat(document.getAllElements().stream().flatMap(element -> element.attributes().asList().stream()))
            .as(where + ": attributes")
            .noneMatch(attribute -> attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"))
            .noneMatch(attribute -> attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT)
                .matches("^(javascript|data|vbscript):.*") && !attribute.getKey().equals("value")
                && !attribute.getKey().equals("content"));
    }

    private static String slugOf(Agent agent, long id) {
        HttpResponse<String> page = agent.get("ruralitic/admin/articles/" + id);
        Matcher slug = Pattern.compile("id=\"editor:slug\"[^>]*value=\"([a-z0-9-]+)\"|value=\"([a-z0-9-]+)\"[^>]*id=\"editor:slug\"")
            .matcher(page.body());
        assertThat(slug.find()).as(page.body()).isTrue();
        return slug.group(1) != null ? slug.group(1) : slug.group(2);
    }
}
