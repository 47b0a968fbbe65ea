package org.ruralitic.faces.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

    @Deployment(testable = false)
    static WebArchive portal() {
        // The portal calls its administrators "webmaster": the setting maps that role onto ours.
        return SamplePortal.war("back-office", Map.of("roles.administrator", "webmaster",
            "newsletter.rate.limit", "1000/PT10M")).addClasses(Agent.class, ServiceCall.class);
    }

    @ArquillianResource
    URL deployment;

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
        visitor.get("ruralitic/articles"); // now in the page cache
        String title = unique("Publié par Marie");
        long id = writeDraft(marie, title, "Un texte public.");
        HttpResponse<String> editor = marie.get("ruralitic/admin/articles/" + id);
        HttpResponse<String> published = marie.submit(editor, "editor", "editor:publish", Map.of());
        assertThat(published.body()).contains("Article publié.");
        assertThat(visitor.get("ruralitic/articles").body()).contains(title);
        assertThat(visitor.get("ruralitic/articles/" + slugOf(marie, id)).body()).contains("Un texte public.");
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
        assertThat(Agent.signedIn(deployment, "marie").get("ruralitic/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void deletedArticlesLeaveTheSiteAndComeBackFromTheBin() {
        Agent marie = Agent.signedIn(deployment, "marie");
        String title = unique("Corbeille");
        long id = writeDraft(marie, title, "Texte.");
        marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor", "editor:publish", Map.of());
        String slug = slugOf(marie, id);
        HttpResponse<String> deleted = marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor",
            "editor:delete", Map.of());
        assertThat(deleted.body()).contains("mis à la corbeille");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(404);
        HttpResponse<String> bin = marie.get("ruralitic/admin/bin");
        assertThat(bin.body()).contains(title);
        String button = Pattern.compile("name=\"(bin:rows:\\d+:restore)\"[^>]*aria-label=\"Restaurer : " + Pattern.quote(title))
            .matcher(bin.body()).results().findFirst().orElseThrow().group(1);
        assertThat(marie.submit(bin, "bin", button, new LinkedHashMap<>()).body()).contains("Article sorti de la corbeille.");
        assertThat(new Visitor(deployment, "fr").get("ruralitic/articles/" + slug).statusCode()).isEqualTo(200);
    }

    private static String slugOf(Agent agent, long id) {
        HttpResponse<String> page = agent.get("ruralitic/admin/articles/" + id);
        Matcher slug = Pattern.compile("id=\"editor:slug\"[^>]*value=\"([a-z0-9-]+)\"|value=\"([a-z0-9-]+)\"[^>]*id=\"editor:slug\"")
            .matcher(page.body());
        assertThat(slug.find()).as(page.body()).isTrue();
        return slug.group(1) != null ? slug.group(1) : slug.group(2);
    }
}
