package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.faces.common.Router;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.PortalSignIn;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * Every drop-in page, fetched over HTTP by an anonymous visitor: what it answers, what it sends in its head, what it
 * never does (open a session, run inline code, trust a parameter).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    static final List<String> PAGES = List.of("ruralitic/", "ruralitic/articles",
        "ruralitic/articles/cantal-departement-pionnier-du-numerique-rural", "ruralitic/programme",
        "ruralitic/programme/presentation-sdun-cantal", "ruralitic/speakers", "ruralitic/partners",
        "ruralitic/editions", "ruralitic/editions/smart-agri-forum-2019", "ruralitic/newsletter");

    private static final Pattern JSON_LD = Pattern.compile(
        "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive portal() {
        // The sample portal as it comes, newsletter not set up, counting the SQL statements of its pages; the rate
        // limit is raised, since on WildFly the deployments of all tests share one database.
        return SamplePortal.war("public-pages", Map.of("newsletter.rate.limit", "1000/PT10M",
            "diagnostics.sql.count", "true")).addClass(PortalSignIn.class);
    }

    @ArquillianResource
    URL deployment;

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR,fr;q=0.9", "en-GB,en;q=0.9" })
    void everyPageAnswersWithoutOpeningASession(String language) {
        Visitor visitor = new Visitor(deployment, language);
        for (String path : PAGES) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.contains("JSESSIONID"));
            assertThat(page.body()).as(path).contains("lang=\"" + language.substring(0, 2) + "\"")
                .doesNotContain("rt-fresh-"); // every placeholder of a value made per visitor is filled in
        }
    }

    @Test
    void listPagesCostAtMostThreeStatementsAndNoPageGrowsWithWhatItLists() {
        Visitor visitor = new Visitor(deployment, "fr");
        PAGES.forEach(visitor::get); // the shared values (featured edition, themes) are read once
        for (String path : List.of("ruralitic/", "ruralitic/articles", "ruralitic/programme", "ruralitic/speakers",
            "ruralitic/partners", "ruralitic/editions")) {
            assertThat(renderStatements(visitor, path)).as(path).isLessThanOrEqualTo(3);
        }
        // A page of two articles and a page of six: the same statements, once each list's total is shared
        // (ArticleTotals: counted again once per cache.ttl, not on every render).
        renderStatements(visitor, "ruralitic/articles?theme=agriculture");
        assertThat(renderStatements(visitor, "ruralitic/articles?theme=agriculture"))
            .isEqualTo(renderStatements(visitor, "ruralitic/articles"));
        assertThat(renderStatements(visitor, "ruralitic/programme?day=2019-08-28"))
            .isEqualTo(renderStatements(visitor, "ruralitic/programme"));
    }

    @Test
    void aPageSeenAgainWithinTheTimeToLiveCostsNoStatementAndIsTheSame() {
        Visitor visitor = new Visitor(deployment, "fr");
        String path = "ruralitic/articles?theme=tres-haut-debit";
        HttpResponse<String> rendered = visitor.get(path, Router.SQL_HEADER, "count");
        assertThat(statements(rendered)).isPositive();
        HttpResponse<String> again = visitor.get(path);
        assertThat(statements(again)).isZero();
        assertThat(again.body()).isEqualTo(rendered.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(rendered.headers().firstValue("ETag"));
        // The other language is another page.
        assertThat(statements(new Visitor(deployment, "en").get(path))).isPositive();
    }

    @Test
    void withTheLibrarysOwnTemplateAVisitorWithASessionGetsTheSharedPage() {
        Visitor visitor = new Visitor(deployment, "fr");
        String session = visitor.get("test/sign-in").headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.split(";")[0]).findFirst()
            .orElseThrow();
        String path = "ruralitic/partners?visit=signed-in"; // an address nobody else asks for

        // That template shows nothing per visitor: their page is everyone's (a portal's own one: VisitorPagesIT).
        HttpResponse<String> own = visitor.get(path, "Cookie", session);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(statements(own)).as("nothing kept yet for this address").isPositive();
        assertThat(own.headers().firstValue("Cache-Control")).contains("no-cache");
        for (HttpResponse<String> again : List.of(visitor.get(path), visitor.get(path, "Cookie", session))) {
            assertThat(statements(again)).isZero();
            assertThat(again.headers().firstValue("Cache-Control")).contains("no-cache");
            assertThat(again.headers().firstValue("ETag")).isPresent().isEqualTo(own.headers().firstValue("ETag"));
            assertThat(again.body()).isEqualTo(own.body());
        }
    }

    @Test
    void indentationIsNotSent() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : PAGES) {
            assertThat(visitor.get(path).body()).as(path).doesNotContainPattern("\\n[ \\t]+<");
        }
    }

    /** @return the statements of the page rendered anew (not served from the page cache). */
    private static int renderStatements(Visitor visitor, String path) {
        return statements(visitor.get(path, Router.SQL_HEADER, "count"));
    }

    private static int statements(HttpResponse<String> page) {
        return Integer.parseInt(page.headers().firstValue(Router.SQL_HEADER).orElseThrow());
    }

    @Test
    void pagesNeedNoInlineCodeOrStyle() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : PAGES) {
            String body = visitor.get(path).body();
            // Data blocks and script files are fine under a strict Content-Security-Policy; inline code is not.
            assertThat(body.replaceAll("<script type=\"application/ld\\+json\">.*?</script>", "")
                .replaceAll("<script[^>]* src=\"[^\"]+\"[^>]*></script>", "")).as(path)
                .doesNotContain("<script").doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void aPortalWithoutNewsletterSettingsSaysTheNewsletterIsNotOpenYet() {
        Visitor visitor = new Visitor(deployment, "fr");
        String form = visitor.get("ruralitic/newsletter").body();
        assertThat(form).contains("La lettre d'information n'est pas encore ouverte").doesNotContain("name=\"rt-email\"");
        assertThat(new Visitor(deployment, "en").get("ruralitic/").body())
            .contains("The newsletter is not open yet").doesNotContain("name=\"rt-email\"");
        // A form posted all the same (an old page, a robot) gets that page, not an error.
        HttpResponse<String> page = visitor.post("ruralitic/newsletter", Map.of("rt-email", "jeanne@example.org",
            "rt-consent", "yes", "lang", "fr"), "Origin", visitor.origin());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("La lettre d'information n'est pas encore ouverte").doesNotContain("Exception");
    }

    @Test
    void everyDropInPagePassesTheNuHtmlChecker() {
        for (String language : List.of("fr", "en")) {
            Visitor visitor = new Visitor(deployment, language);
            List<String> paths = new java.util.ArrayList<>(PAGES);
            paths.addAll(List.of("ruralitic/newsletter/check-your-inbox", "ruralitic/newsletter/confirm?token=abc",
                "ruralitic/newsletter/unsubscribe?token=abc", "ruralitic/newsletter/confirm",
                "ruralitic/articles/no-such-article", "ruralitic/no/such/page", "ruralitic/articles?page=2&size=2",
                "ruralitic/programme?day=2019-08-28"));
            for (String path : paths) {
                assertThat(HtmlChecker.errors(visitor.get(path).body())).as(path + " in " + language).isEmpty();
            }
            HttpResponse<String> posted = visitor.post("ruralitic/newsletter", Map.of("rt-email", "x"), "Origin",
                visitor.origin());
            assertThat(HtmlChecker.errors(posted.body())).as("posted form in " + language).isEmpty();
        }
    }

    @Test
    void everyAnswerSaysHowBrowsersMayHandleIt() {
        Visitor visitor = new Visitor(deployment, "fr");
        List<String> paths = new java.util.ArrayList<>(PAGES);
        paths.addAll(List.of("ruralitic/articles/no-such-article", "ruralitic/no/such/page",
            "ruralitic/newsletter/confirm?token=abc"));
        for (String path : paths) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'")
                    .contains("object-src 'none'").contains("frame-ancestors").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval"));
        }
        for (String path : List.of("ruralitic/api/v1/editions", "ruralitic/api/v1/no-such", "ruralitic/feed/articles.atom",
            "ruralitic/calendar/ruralitic-2019.ics", "ruralitic/sitemap.xml")) {
            HttpResponse<String> answer = visitor.get(path);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void facesParametersOnAnAddressLeaveAnOrdinaryPage() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : PAGES) {
            String plain = visitor.get(path).body();
            String heading = plain.replaceAll("(?s).*?(<h1[^>]*>.*?</h1>).*", "$1");
            for (String query : List.of("jakarta.faces.ViewState=x", "jakarta.faces.ViewState=-1%3A-2&jakarta.faces.source=a",
                "javax.faces.ViewState=stateless&jakarta.faces.partial.ajax=true")) {
                HttpResponse<String> page = visitor.get(path + (path.contains("?") ? "&" : "?") + query);
                assertThat(page.statusCode()).as(path + "?" + query).isEqualTo(200);
                assertThat(page.body()).as(path + "?" + query).contains(heading).doesNotContain("ViewExpired");
            }
            HttpResponse<String> ajax = visitor.get(path, "Faces-Request", "partial/ajax");
            assertThat(ajax.statusCode()).as(path).isEqualTo(200);
            assertThat(ajax.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
            assertThat(ajax.body()).as(path).contains(heading).doesNotContain("<partial-response");
        }
    }

    @Test
    void theViewsAreReachedByTheirAddressesOnly() {
        Visitor visitor = new Visitor(deployment, "en");
        for (String path : List.of("ruralitic/home.xhtml", "ruralitic/articles.xhtml?jakarta.faces.ViewState=x",
            "ruralitic/newsletter-outcome.xhtml", "ruralitic/layout/default.xhtml", "ruralitic/home.jsf")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("<h1>Page not found</h1>").contains("Back to the conference home page")
                .doesNotContain("Exception");
        }
        HttpResponse<String> unknown = new Visitor(deployment, "fr").get("ruralitic/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>Page introuvable</h1>").contains("lang=\"fr\"");
        HttpResponse<String> method = new Visitor(deployment, "fr").send("DELETE", "ruralitic/articles");
        // WildFly's default servlet answers 405, Payara's 403 (read-only): both through the library's page.
        assertThat(method.statusCode()).isIn(403, 405);
        assertThat(method.body()).containsPattern("<h1>(Action impossible|Accès refusé)</h1>").contains("rt-error");
    }

    @Test
    void aPageTheBrowserHasIsRevalidatedWithoutItsBody() {
        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> first = visitor.get("ruralitic/programme");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        HttpResponse<String> again = visitor.get("ruralitic/programme", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ruralitic/articles/no-such-article", "ruralitic/programme/no-such-session",
        "ruralitic/editions/no-such-edition", "ruralitic/articles/ruralitic-2019-bilan" })
    void whatDoesNotExistOrIsNotPublishedAnswers404WithAPage(String path) {
        HttpResponse<String> page = new Visitor(deployment, "fr").get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable").contains("Retour à l'accueil de la conférence")
            .doesNotContain("rt-fresh-");
    }

    @Test
    void hostileParametersAreIgnoredNeverReflected() {
        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> articles = visitor.get("ruralitic/articles?page=-7&theme=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(articles.statusCode()).isEqualTo(200);
        assertThat(articles.body()).doesNotContain("alert(1)").contains("6 actualité(s)");
        HttpResponse<String> programme = visitor.get("ruralitic/programme?day=2019-13-45&track=%22%3E%3Cb%3E&format=../../etc");
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.body()).doesNotContain("<b>").contains("mardi 27 août 2019");
        assertThat(visitor.get("ruralitic/articles/%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    @Test
    void theEditionCarriesItsEventAsStructuredData() {
        String body = new Visitor(deployment, "fr").get("ruralitic/").body();
        JsonObject event = jsonLd(body);
        assertThat(event.getString("@context")).isEqualTo("https://schema.org");
        assertThat(event.getString("@type")).isEqualTo("Event");
        assertThat(event.getString("name")).isEqualTo("RuraliTIC 2019");
        assertThat(event.getString("startDate")).isEqualTo("2019-08-27T09:00+02:00");
        assertThat(event.getString("endDate")).isEqualTo("2019-08-29T17:30+02:00");
        JsonObject address = event.getJsonObject("location").getJsonObject("address");
        assertThat(address.getString("@type")).isEqualTo("PostalAddress");
        assertThat(address.getString("addressLocality")).isEqualTo("Aurillac");
        assertThat(address.getString("postalCode")).isEqualTo("15000");
        assertThat(event.getJsonObject("organizer").getString("name")).isNotBlank();
        assertThat(event.getString("description")).isNotBlank();
        assertThat(event.getString("image")).startsWith("http").endsWith(".svg");
        assertThat(event.getJsonArray("subEvent").getJsonObject(0).getString("name")).isEqualTo("Smart Agri Forum");
        assertThat(body).contains("<meta property=\"og:title\" content=\"RuraliTIC 2019\"")
            .contains("<link rel=\"canonical\" href=\"http");
    }

    @Test
    void anArticleCarriesItsNewsArticleAsStructuredData() {
        String body = new Visitor(deployment, "fr")
            .get("ruralitic/articles/cantal-departement-pionnier-du-numerique-rural").body();
        JsonObject article = jsonLd(body);
        assertThat(article.getString("@type")).isEqualTo("NewsArticle");
        assertThat(article.getString("headline")).isEqualTo("Cantal, Département pionnier du Numérique Rural");
        assertThat(article.getString("datePublished")).isEqualTo("2019-06-19T10:00+02:00");
        assertThat(article.getString("dateModified")).isEqualTo("2019-06-19T10:00+02:00");
        assertThat(article.getJsonObject("author").getString("name")).isNotBlank();
        assertThat(article.getString("image")).startsWith("http").endsWith(".svg");
        assertThat(body).contains("<meta property=\"og:type\" content=\"article\"");
    }

    private static JsonObject jsonLd(String body) {
        Matcher script = JSON_LD.matcher(body);
        assertThat(script.find()).as("a JSON-LD block").isTrue();
        return Json.createReader(new StringReader(script.group(1))).readObject();
    }
}
