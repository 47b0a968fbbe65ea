package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.faces.common.Router;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Mailbox;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.StatementHeader;
import org.ruralitic.it.Visitor;

/**
 * Signed-in visitors in a portal whose template shows their name: what is shared between visitors (the RuraliTIC
 * content of a page, the output of a tag, kept once rendered and sent without a statement) and what never is (the
 * name in the template, the newsletter form's stamp); and that an edit in the back-office shows at once in what was
 * kept. The anonymous page cache itself, given to signed-in visitors by {@code faces.template.shared}, is in
 * {@link SharedTemplateIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitorPagesIT {

    static final String LANGUAGE = "fr-FR,fr;q=0.9";

    /** The drop-in pages, as a portal's visitor reaches them. */
    static final List<String> PAGES = List.of("ruralitic/", "ruralitic/articles",
        "ruralitic/articles/cantal-departement-pionnier-du-numerique-rural", "ruralitic/programme");

    private static final Pattern USER = Pattern.compile("<p class=\"portal-user\">([^<]*)</p>");
    private static final Pattern STAMP = Pattern.compile("name=\"rt-stamp\" value=\"([^\"]*)\"");
    // The ids Faces gives the template's components (<head id="j_idt4">) follow how many came before them in the
    // view: a whole page and the template around kept parts count differently. They are no content.
    private static final Pattern FACES_ID = Pattern.compile(" id=\"j_idt\\d+\"");
    private static final Pattern SAVED_ID = Pattern.compile("/ruralitic/admin/articles/(\\d+)\\?");
    private static final Pattern SLUG = Pattern.compile(
        "id=\"editor:slug\"[^>]*value=\"([a-z0-9-]+)\"|value=\"([a-z0-9-]+)\"[^>]*id=\"editor:slug\"");

    private static final Mailbox MAILBOX = new Mailbox();
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FORM_DELAY = Duration.ofSeconds(1);

    @Deployment(testable = false)
    static WebArchive portal() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("faces.template", "/WEB-INF/templates/portal.xhtml");
        settings.put("diagnostics.sql.count", "true");
        // The newsletter open, so that the home page holds the sign-up form and its stamp.
        settings.put("newsletter.base.url", "https://portal.example/visitors");
        settings.put("newsletter.mail.from", "RuraliTIC <newsletter@portal.example>");
        settings.put("newsletter.smtp.host", "localhost");
        settings.put("newsletter.smtp.port", Integer.toString(MAILBOX.port()));
        settings.put("newsletter.form.min.delay", FORM_DELAY.toString());
        settings.put("newsletter.rate.limit", "1000/PT10M");
        return SamplePortal.war("visitor-pages", settings).addClasses(Agent.class, StatementHeader.class)
            .addAsWebInfResource("org/ruralitic/faces/VisitorPagesIT.xhtml", "templates/portal.xhtml")
            .addAsWebResource("org/ruralitic/faces/VisitorPagesIT-news.xhtml", "portal-news.xhtml");
    }

    @ArquillianResource
    URL deployment;

    // Published by a test, moved to the bin after it: on WildFly every deployment shares one database.
    private final List<Long> written = new ArrayList<>();

    @BeforeAll
    static void startMailServer() {
        MAILBOX.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAILBOX.close();
    }

    @AfterEach
    void binWhatWasWritten() {
        if (written.isEmpty()) {
            return;
        }
        Agent marie = Agent.signedIn(deployment, "marie");
        for (Long id : written) {
            marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor", "editor:delete", Map.of());
        }
        written.clear();
    }

    @Test
    void eachSignedInVisitorSeesOnlyTheirOwnNameAroundContentEveryoneShares() {
        Agent paul = Agent.signedIn(deployment, "paul");
        Agent visiteur = Agent.signedIn(deployment, "visiteur");
        Visitor anonymous = new Visitor(deployment, LANGUAGE);
        for (String path : PAGES) {
            String shared = null;
            for (int visit = 1; visit <= 3; visit++) {
                String at = path + ", visit " + visit;
                HttpResponse<String> his = paul.get(path);
                HttpResponse<String> hers = visiteur.get(path);
                HttpResponse<String> nobodys = anonymous.get(path);
                assertOwnPage(his, "paul", "visiteur", at);
                assertOwnPage(hers, "visiteur", "paul", at);
                assertThat(nobodys.statusCode()).as(at).isEqualTo(200);
                assertThat(user(nobodys)).as(at).isEqualTo("Invité");
                assertThat(withoutStamp(nobodys.body())).as(at).doesNotContain("paul").doesNotContain("visiteur");
                // Everything but the name in the template and the form's stamp is the same for all of them.
                shared = shared == null ? common(nobodys) : shared;
                assertThat(common(nobodys)).as(at).isEqualTo(shared);
                assertThat(common(his)).as(at).isEqualTo(shared);
                assertThat(common(hers)).as(at).isEqualTo(shared);
                // Only the template is rendered for them, around the parts kept from the first render.
                assertThat(statements(hers)).as(at).isZero();
                if (visit > 1) {
                    assertThat(statements(his)).as(at).isZero();
                }
            }
            HttpResponse<String> anew = paul.get(path, Router.SQL_HEADER, "count");
            assertOwnPage(anew, "paul", "visiteur", path + ", rendered anew");
            assertThat(statements(anew)).as(path + ", rendered anew").isPositive();
            assertThat(common(anew)).as(path + ", rendered anew").isEqualTo(shared);
        }
    }

    @Test
    void theFormStampStaysPerVisitorAndASignUpPostedWithItIsAccepted() throws Exception {
        Agent paul = Agent.signedIn(deployment, "paul");
        Agent visiteur = Agent.signedIn(deployment, "visiteur");
        paul.get("ruralitic/");
        HttpResponse<String> first = paul.get("ruralitic/");
        HttpResponse<String> second = paul.get("ruralitic/");
        HttpResponse<String> hers = visiteur.get("ruralitic/");
        List<String> stamps = new ArrayList<>();
        for (HttpResponse<String> page : List.of(first, second, hers)) {
            assertThat(statements(page)).isZero(); // the content is kept, its stamp is not
            assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(page.headers().firstValue("ETag")).isEmpty();
            assertThat(page.body()).doesNotContain("rt-fresh-");
            stamps.add(stamp(page.body()));
        }
        assertThat(stamps).doesNotHaveDuplicates().allSatisfy(stamp -> assertThat(stamp).isNotBlank());
        assertThat(user(second)).isEqualTo("paul");
        assertThat(user(hers)).isEqualTo("visiteur");

        pauseAsAPersonWould();
        String address = "paul-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Element form = Jsoup.parse(second.body()).selectFirst("form[data-rt-signup]");
        assertThat(form).as("the sign-up form").isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.val());
        }
        fields.put("rt-email", address);
        fields.put("rt-consent", "yes");
        fields.put("rt-website", "");
        HttpResponse<String> posted = paul.post(form.attr("action"), fields, "Origin", paul.origin());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.uri().toString()).contains("/ruralitic/newsletter/check-your-inbox");
        // Accepted, not silently dropped as a forged or replayed stamp would be: the confirmation mail comes.
        assertThat(MAILBOX.waitFor(address, MAIL_TIMEOUT).getSubject()).contains("Confirmez votre inscription");
    }

    @Test
    void anEditorsChangeShowsAtOnceInThePagesKeptForASignedInVisitor() {
        Agent marie = Agent.signedIn(deployment, "marie");
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String before = "La fibre arrive à Salers " + mark;
        String after = "La fibre est arrivée à Riom-ès-Montagnes " + mark;
        long id = publish(marie, before);
        String article = "ruralitic/articles/" + slugOf(marie, id);

        Agent paul = Agent.signedIn(deployment, "paul");
        for (int visit = 1; visit <= 2; visit++) {
            assertThat(paul.get("ruralitic/articles").body()).contains(before);
            assertThat(paul.get(article).body()).contains(before);
        }
        assertThat(statements(paul.get("ruralitic/articles"))).as("the list, kept").isZero();
        assertThat(statements(paul.get(article))).as("the article, kept").isZero();

        HttpResponse<String> saved = marie.submit(marie.get("ruralitic/admin/articles/" + id), "editor",
            "editor:save", Map.of("editor:title", after));
        assertThat(saved.body()).contains("Article enregistré.");

        HttpResponse<String> list = paul.get("ruralitic/articles");
        assertThat(list.body()).contains(after).doesNotContain(before);
        assertThat(user(list)).isEqualTo("paul");
        HttpResponse<String> page = paul.get(article);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>" + after + " – Département du Cantal</title>")
            .contains(after).doesNotContain(before);
        assertThat(user(page)).isEqualTo("paul");
    }

    @Test
    void aPortalsOwnPageShowsEachVisitorTheirNameAroundATagRenderedOnceForAll() {
        Agent paul = Agent.signedIn(deployment, "paul");
        Agent visiteur = Agent.signedIn(deployment, "visiteur");
        Visitor anonymous = new Visitor(deployment, LANGUAGE);
        String path = "portal-news.xhtml";

        HttpResponse<String> his = paul.get(path);
        assertThat(his.statusCode()).isEqualTo(200);
        assertThat(user(his)).isEqualTo("paul");
        assertThat(statements(his)).as("the first visit renders the list").isPositive();
        assertThat(Jsoup.parse(his.body()).select("main .rt-articles__item")).hasSize(3);
        String shared = common(his);
        for (int visit = 1; visit <= 2; visit++) {
            HttpResponse<String> hers = visiteur.get(path);
            assertThat(user(hers)).isEqualTo("visiteur");
            assertThat(hers.body()).doesNotContain("paul");
            assertThat(statements(hers)).as("visit " + visit).isZero();
            assertThat(common(hers)).isEqualTo(shared);
            HttpResponse<String> again = paul.get(path);
            assertThat(user(again)).isEqualTo("paul");
            assertThat(again.body()).doesNotContain("visiteur");
            assertThat(statements(again)).as("visit " + visit).isZero();
            HttpResponse<String> nobodys = anonymous.get(path);
            assertThat(user(nobodys)).isEqualTo("Invité");
            assertThat(nobodys.body()).doesNotContain("paul").doesNotContain("visiteur");
            assertThat(common(nobodys)).isEqualTo(shared);
        }
        HttpResponse<String> anew = visiteur.get(path, Router.SQL_HEADER, "count");
        assertThat(statements(anew)).as("rendered anew").isPositive();
        assertThat(user(anew)).isEqualTo("visiteur");
        // Kept output is stripped of its indentation, output rendered anew on a portal's page is not: same markup.
        assertThat(markup(common(anew))).isEqualTo(markup(shared));
    }

    /** A page of {@code name}'s, which no cache shared between visitors may keep, and where nobody else shows. */
    private static void assertOwnPage(HttpResponse<String> page, String name, String other, String at) {
        assertThat(page.statusCode()).as(at).isEqualTo(200);
        assertThat(user(page)).as(at).isEqualTo(name);
        assertThat(withoutStamp(page.body())).as(at).doesNotContain(other).doesNotContain("Invité");
        assertThat(page.headers().firstValue("Cache-Control")).as(at)
            .hasValueSatisfying(value -> assertThat(value).isIn("private, no-cache", "no-store"));
    }

    /** @return who the portal's template says is signed in. */
    private static String user(HttpResponse<String> page) {
        Matcher user = USER.matcher(page.body());
        assertThat(user.find()).as("the portal's user line in " + page.uri()).isTrue();
        return user.group(1);
    }

    private static String stamp(String body) {
        Matcher stamp = STAMP.matcher(body);
        assertThat(stamp.find()).as("the form's stamp").isTrue();
        return stamp.group(1);
    }

    private static String withoutStamp(String body) {
        return STAMP.matcher(body).replaceAll("name=\"rt-stamp\" value=\"\"");
    }

    /** @return the page without what is each visitor's own (the name in the template, the form's stamp). */
    private static String common(HttpResponse<String> page) {
        String shared = USER.matcher(withoutStamp(page.body())).replaceAll("<p class=\"portal-user\"></p>");
        return FACES_ID.matcher(shared).replaceAll("");
    }

    /** @return the page's markup, whatever the whitespace between its tags. */
    private static String markup(String page) {
        return page.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
    }

    static int statements(HttpResponse<String> page) {
        return Integer.parseInt(page.headers().firstValue(Router.SQL_HEADER).orElseThrow(() -> new AssertionError(
            "no " + Router.SQL_HEADER + " header on " + page.uri() + " (" + page.statusCode() + ")")));
    }

    /** Publishes an article of one paragraph through the editor's form; returns its id. */
    private long publish(Agent editor, String title) {
        HttpResponse<String> form = editor.submit(editor.get("ruralitic/admin/articles/new"), "editor",
            "editor:addParagraph", Map.of("editor:title", title));
        HttpResponse<String> saved = editor.submit(form, "editor", "editor:save",
            Map.of("editor:blocks:0:text", "Les premiers raccordements sont faits."));
        assertThat(saved.body()).contains("Article enregistré.");
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).as(saved.uri().toString()).isTrue();
        written.add(Long.valueOf(id.group(1)));
        HttpResponse<String> published = editor.submit(saved, "editor", "editor:publish", Map.of());
        assertThat(published.body()).contains("Article publié.");
        return Long.parseLong(id.group(1));
    }

    private static String slugOf(Agent agent, long id) {
        Matcher slug = SLUG.matcher(agent.get("ruralitic/admin/articles/" + id).body());
        assertThat(slug.find()).isTrue();
        return slug.group(1) != null ? slug.group(1) : slug.group(2);
    }

    /** Waits at least the form's minimum time-to-submit (the stamp counts milliseconds). */
    private static void pauseAsAPersonWould() {
        try {
            Thread.sleep(FORM_DELAY.toMillis() + 250);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
