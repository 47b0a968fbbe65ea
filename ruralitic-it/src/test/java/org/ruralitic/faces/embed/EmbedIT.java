package org.ruralitic.faces.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.ruralitic.it.Browser;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The conference on a site that does not run Java: a plain HTML page of another origin (the {@link HostSite}, on a
 * port of its own, under a strict Content-Security-Policy) shows the web components and frames the embed pages, in
 * Chromium, with and without JavaScript; and the oEmbed provider that WordPress or Drupal would ask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbedIT {

    private static final String EDITION = "ruralitic-2019";
    private static final List<String> ELEMENTS = List.of("ruralitic-event", "ruralitic-programme",
        "ruralitic-partners", "ruralitic-news");
    private static final List<String> EMBED_PAGES = List.of("ruralitic/embed/programme?edition=" + EDITION,
        "ruralitic/embed/partners", "ruralitic/embed/news?count=3", "ruralitic/embed/event",
        "ruralitic/embed/articles/cantal-departement-pionnier-du-numerique-rural", "ruralitic/embed/newsletter");

    @Deployment(testable = false)
    static WebArchive portal() {
        // The host site runs on localhost: the portal lets sites of localhost frame its embed pages, and only those
        // (the same server named 127.0.0.1 is another origin, not listed).
        return SamplePortal.war("embed", Map.of("embed.frame.ancestors", "http://localhost:*"));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void eachWidgetShowsTheEditionOnAnotherSiteUnderItsStrictPolicy() {
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", true)) {
            site.page("/widgets.html", "fr", widgetScripts(), widgets("fr"));
            browser.visit(site.origin("localhost") + "/widgets.html");
            waitUntilLoaded(browser);

            assertThat(browser.texts(".rt-widget__status")).containsOnly("Contenu chargé.");
            assertThat(browser.text("ruralitic-event h2")).isEqualTo("RuraliTIC 2019");
            assertThat(browser.text("ruralitic-event .rt-banner__facts")).contains("août 2019").contains("Aurillac");
            assertThat(browser.texts("ruralitic-programme h2")).containsExactly("mercredi 28 août 2019");
            assertThat(browser.texts("ruralitic-programme h3")).contains(
                "La télémédecine dans huit établissements : premiers enseignements");
            assertThat(browser.texts("ruralitic-programme .rt-session__facts li:first-child"))
                .isNotEmpty().containsOnly("Conférence plénière");
            assertThat(browser.all("ruralitic-partners img[alt='Volcans Numériques']")).hasSize(1);
            assertThat(browser.all("ruralitic-news .rt-articles__item")).hasSize(3);
            assertThat(browser.all("ruralitic-programme h3 a").get(0).getAttribute("href"))
                .startsWith(portalOrigin() + contextPath() + "ruralitic/programme/");

            assertThat(violations(browser)).as("the host page's policy").isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.width(320);
            assertFits(browser, 320, ELEMENTS);
        }
    }

    @Test
    void theHostsPolicyViolationsAreSeen() {
        // The watch of the other tests sees what a strict policy blocks: here an inline style.
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", true)) {
            site.page("/inline.html", "fr", "", "<p style=\"color: red\">Rouge</p>");
            browser.visit(site.origin("localhost") + "/inline.html");
            assertThat(violations(browser)).anyMatch(violation -> violation.startsWith("style-src"));
        }
    }

    @Test
    void anEnglishWidgetSpeaksEnglish() {
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", true)) {
            site.page("/widgets-en.html", "en", widgetScripts(), widgets("en"));
            browser.visit(site.origin("localhost") + "/widgets-en.html");
            waitUntilLoaded(browser);
            assertThat(browser.texts(".rt-widget__status")).containsOnly("Content loaded.");
            assertThat(browser.texts("ruralitic-programme h2")).containsExactly("Wednesday 28 August 2019");
            assertThat(browser.texts("ruralitic-programme .rt-session__facts li:first-child")).containsOnly("Keynote");
            assertThat(browser.text("ruralitic-event dt")).isEqualTo("Dates");
        }
    }

    @Test
    void withoutJavaScriptTheHostShowsALinkToEachPage() {
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", false)) {
            site.page("/widgets.html", "fr", widgetScripts(), widgets("fr"));
            browser.visit(site.origin("localhost") + "/widgets.html");
            assertThat(browser.text("ruralitic-programme a")).isEqualTo("Programme – RuraliTIC 2019");
            assertThat(browser.all("ruralitic-programme a").get(0).getAttribute("href"))
                .isEqualTo(portalOrigin() + contextPath() + "ruralitic/programme?edition=" + EDITION);
            assertThat(browser.text("ruralitic-partners a")).isEqualTo("Partenaires – RuraliTIC 2019");
            assertThat(browser.all(".rt-widget__status")).isEmpty();
        }
    }

    @Test
    void aListedSiteFramesTheEmbedPageAndAnUnlistedOneIsRefused() {
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", true)) {
            String frame = "<iframe src=\"" + portalOrigin() + contextPath() + "ruralitic/embed/programme?edition="
                + EDITION + "\" title=\"Programme de RuraliTIC 2019\" width=\"100%\" height=\"600\"></iframe>";
            site.page("/frame.html", "fr", "", frame);
            site.page("/frame-sized.html", "fr", widgetScripts(), frame);

            browser.visit(site.origin("localhost") + "/frame.html");
            List<String> titles = browser.inFrame("iframe", shown -> shown.texts("h1"));
            int sessions = browser.inFrame("iframe", shown -> shown.all(".rt-session").size());
            assertThat(titles).containsExactly("Programme – RuraliTIC 2019");
            assertThat(sessions).isPositive();
            assertThat(violations(browser)).isEmpty();

            // With the widgets' script on the page, the frame takes the height of its content (well over 600).
            browser.visit(site.origin("localhost") + "/frame-sized.html");
            waitFor(() -> Integer.parseInt(browser.all("iframe").get(0).getAttribute("height")) > 1000);
            int content = browser.inFrame("iframe", shown -> ((Number) shown.script(
                "return Math.ceil(document.documentElement.getBoundingClientRect().height);")).intValue());
            assertThat(Integer.parseInt(browser.all("iframe").get(0).getAttribute("height"))).isEqualTo(content);
            assertThat(violations(browser)).isEmpty();

            browser.visit(site.origin("127.0.0.1") + "/frame.html");
            titles = browser.inFrame("iframe", shown -> shown.texts("h1"));
            sessions = browser.inFrame("iframe", shown -> shown.all(".rt-session").size());
            assertThat(sessions).isZero();
            assertThat(titles).doesNotContain("Programme – RuraliTIC 2019");
        }
        HttpResponse<String> page = new Visitor(deployment, "fr").get("ruralitic/embed/programme");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
            .contains("frame-ancestors 'self' http://localhost:*").contains("default-src 'self'")
            .doesNotContain("unsafe-inline"));
        // (Payara also sends X-Frame-Options: SAMEORIGIN, which browsers ignore when frame-ancestors is there: the
        // frames above loaded on both servers.)
        // The full pages stay for the portal's own frames.
        assertThat(new Visitor(deployment, "fr").get("ruralitic/programme").headers()
            .firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'self'").doesNotContain("localhost"));
    }

    @Test
    void theEmbedPagesAreValidAccessibleAndFit320Pixels() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : EMBED_PAGES) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(HtmlChecker.errors(page.body())).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("rt-nav").contains("<base target=\"_top\"");
        }
        try (Browser browser = new Browser(deployment, "en-GB", true)) {
            for (String path : EMBED_PAGES) {
                browser.open(path).width(320);
                assertThat(browser.accessibilityViolations()).as(path).isEmpty();
                assertFits(browser, 320, List.of("main"));
            }
            browser.open("ruralitic/embed/news?count=2");
            assertThat(browser.all(".rt-articles__item")).hasSize(2);
            assertThat(browser.text("h1")).isEqualTo("Latest news");
        }
        assertThat(visitor.get("ruralitic/embed/programme?edition=no-such-edition").statusCode()).isEqualTo(404);
        assertThat(visitor.get("ruralitic/embed/articles/no-such-article").statusCode()).isEqualTo(404);
        assertThat(visitor.get("ruralitic/embed/programme.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void theScriptKeepsToItsBudgetOf15KilobytesGzipped() {
        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> script = visitor.get("ruralitic/embed/widgets.js", "Accept-Encoding", "gzip");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("text/javascript"));
        assertThat(script.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(Long.parseLong(script.headers().firstValue("Content-Length").orElseThrow()))
            .isLessThanOrEqualTo(15 * 1024);
        String etag = script.headers().firstValue("ETag").orElseThrow();
        assertThat(visitor.get("ruralitic/embed/widgets.js", "Accept-Encoding", "gzip", "If-None-Match", etag)
            .statusCode()).isEqualTo(304);
        HttpResponse<String> style = visitor.get("ruralitic/embed/widgets.css");
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("text/css"));
        assertThat(style.body()).contains(".rt-widget");
        assertThat(visitor.get("ruralitic/embed/widgets.mjs").statusCode()).isEqualTo(404);
    }

    @Test
    void hostileFiltersOfTheEmbedPagesAreIgnored() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String query : List.of("day=%3Cscript%3Ealert(1)%3C/script%3E", "track=%22%3E%3Cimg%20src=x%3E",
            "format=%24%7B7*7%7D", "count=99999999999", "count=-3", "count=%00", "lang=%E9", "theme=%25zz",
            "edition=" + "a".repeat(5000))) {
            for (String path : List.of("ruralitic/embed/programme", "ruralitic/embed/news", "ruralitic/embed/event",
                "ruralitic/embed/partners")) {
                HttpResponse<String> page = visitor.get(path + "?" + query);
                assertThat(page.statusCode()).as(path + "?" + query).isIn(200, 400, 404);
                assertThat(page.body()).as(path + "?" + query).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("Exception");
            }
        }
    }

    @Test
    void theSnippetsOfADropInPageWorkOnAnotherSite() {
        HttpResponse<String> programme = new Visitor(deployment, "fr").get("ruralitic/programme");
        assertThat(programme.body()).contains("<summary>Intégrer sur votre site</summary>");
        List<String> snippets = codes(programme.body());
        assertThat(snippets).hasSize(2);
        assertThat(snippets.get(0)).startsWith("<iframe src=\"" + portalOrigin() + contextPath()
            + "ruralitic/embed/programme?lang=fr\" title=\"Programme – RuraliTIC 2019\"");
        assertThat(snippets.get(1)).contains("<script src=\"" + portalOrigin() + contextPath()
            + "ruralitic/embed/widgets.js\" defer></script>").contains("<ruralitic-programme lang=\"fr\">");
        try (HostSite site = new HostSite(portalOrigin()); Browser browser = new Browser(deployment, "fr-FR", true)) {
            int head = snippets.get(1).indexOf("<ruralitic-");
            // The frame first: it loads lazily, when in view.
            site.page("/pasted.html", "fr", snippets.get(1).substring(0, head),
                snippets.get(0) + snippets.get(1).substring(head));
            browser.visit(site.origin("localhost") + "/pasted.html");
            waitUntilLoaded(browser);
            assertThat(browser.texts("ruralitic-programme h2")).contains("mardi 27 août 2019");
            waitFor(() -> browser.<List<String>>inFrame("iframe", shown -> shown.texts("h1"))
                .contains("Programme – RuraliTIC 2019"));
            assertThat(violations(browser)).isEmpty();
        }
    }

    @Test
    void oEmbedAnswersForTheProgrammeAndAnArticleFoundOnTheirPages() {
        Visitor visitor = new Visitor(deployment, "fr");
        String page = visitor.get("ruralitic/programme?edition=" + EDITION).body();
        Matcher discovery = Pattern.compile("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"")
            .matcher(page);
        assertThat(discovery.find()).as("discovery link").isTrue();
        String href = discovery.group(1).replace("&amp;", "&");
        assertThat(href).startsWith(portalOrigin() + contextPath() + "ruralitic/oembed?format=json&url=");
        HttpResponse<String> answer = visitor.get(href.substring((portalOrigin() + contextPath()).length()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/json"));
        JsonObject json = Json.createReader(new java.io.StringReader(answer.body())).readObject();
        assertThat(json.getString("version")).isEqualTo("1.0");
        assertThat(json.getString("type")).isEqualTo("rich");
        assertThat(json.getString("title")).isEqualTo("Programme – RuraliTIC 2019");
        assertThat(json.getString("html")).startsWith("<iframe src=\"" + portalOrigin() + contextPath()
            + "ruralitic/embed/programme?edition=" + EDITION + "&amp;lang=fr\"");
        assertThat(json.getInt("width")).isEqualTo(640);

        JsonObject article = oEmbed(visitor, articleUrl("cantal-departement-pionnier-du-numerique-rural")
            + "&maxwidth=400&maxheight=200");
        assertThat(article.getString("title")).isEqualTo("Cantal, Département pionnier du Numérique Rural");
        assertThat(article.getInt("width")).isEqualTo(400);
        assertThat(article.getInt("height")).isEqualTo(200);
        assertThat(article.getString("html")).contains("ruralitic/embed/articles/"
            + "cantal-departement-pionnier-du-numerique-rural").contains("width=\"400\" height=\"200\"");
    }

    @Test
    void oEmbedRefusesWhatItCannotEmbedAsTheSpecificationSays() {
        Visitor french = new Visitor(deployment, "fr");
        Visitor english = new Visitor(deployment, "en");
        assertProblem(french.get("ruralitic/oembed"), 400, "Le paramètre url est obligatoire");
        assertProblem(english.get("ruralitic/oembed?url="), 400, "The url parameter is required");
        assertProblem(french.get("ruralitic/oembed?url=" + encode(portalOrigin() + contextPath()
            + "ruralitic/programme") + "&format=xml"), 501, "Seul le format json");
        for (String size : List.of("maxwidth=abc", "maxwidth=-5", "maxheight=0", "maxwidth=99999999999")) {
            assertProblem(english.get("ruralitic/oembed?" + size + "&url=" + encode(portalOrigin() + contextPath()
                + "ruralitic/programme")), 400, "maxwidth and maxheight");
        }
        for (String url : List.of("https://example.org" + contextPath() + "ruralitic/programme",
            portalOrigin() + contextPath() + "ruralitic/speakers", articleUrlRaw("no-such-article"),
            articleUrlRaw("ruralitic-2019-bilan"), portalOrigin() + contextPath() + "ruralitic/programme?edition=nope",
            "javascript:alert(1)", "%zz", "http://[::1", "x".repeat(5000), "\u0000",
            portalOrigin() + contextPath() + "ruralitic/../WEB-INF/web.xml")) {
            HttpResponse<String> answer = english.get("ruralitic/oembed?url=" + encode(url));
            assertProblem(answer, 404, "names no public page");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("alert");
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new java.io.StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).contains(detail);
    }

    private JsonObject oEmbed(Visitor visitor, String query) {
        HttpResponse<String> answer = visitor.get("ruralitic/oembed?url=" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(answer.body())).readObject();
    }

    private String articleUrl(String slug) {
        return encode(articleUrlRaw(slug));
    }

    private String articleUrlRaw(String slug) {
        return portalOrigin() + contextPath() + "ruralitic/articles/" + slug;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The texts of the code elements of a page, unescaped: the snippets as a reader copies them. */
    private static List<String> codes(String html) {
        Matcher code = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL).matcher(html);
        List<String> codes = new java.util.ArrayList<>();
        while (code.find()) {
            codes.add(code.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return codes;
    }

    /** The origin of the portal as a browser reaches it. */
    private String portalOrigin() {
        return new Visitor(deployment, "fr").origin();
    }

    /** The deployment's context path with its slashes: {@code /embed/}. */
    private String contextPath() {
        return deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
    }

    private String widgetScripts() {
        String embed = portalOrigin() + contextPath() + "ruralitic/embed/";
        return "<link rel=\"stylesheet\" href=\"" + embed + "widgets.css\"><script src=\"" + embed
            + "widgets.js\" defer></script>";
    }

    /** The four widgets as a site writes them, each with its link for readers without JavaScript. */
    private String widgets(String language) {
        String page = portalOrigin() + contextPath() + "ruralitic/";
        return "<ruralitic-event edition=\"" + EDITION + "\" lang=\"" + language + "\"><a href=\"" + page
            + "editions/" + EDITION + "\">RuraliTIC 2019</a></ruralitic-event>"
            + "<ruralitic-programme edition=\"" + EDITION + "\" day=\"2019-08-28\" format=\"keynote\" lang=\""
            + language + "\"><a href=\"" + page + "programme?edition=" + EDITION
            + "\">Programme – RuraliTIC 2019</a></ruralitic-programme>"
            + "<ruralitic-partners edition=\"" + EDITION + "\" lang=\"" + language + "\"><a href=\"" + page
            + "partners?edition=" + EDITION + "\">Partenaires – RuraliTIC 2019</a></ruralitic-partners>"
            + "<ruralitic-news count=\"3\" lang=\"" + language + "\"><a href=\"" + page
            + "articles\">Dernières actualités</a></ruralitic-news>";
    }

    /** Waits until every widget on the page has said, in its live region, that it is loaded or has failed. */
    private static void waitUntilLoaded(Browser browser) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            Object done = browser.script("var all = document.querySelectorAll('.rt-widget');"
                + "return all.length > 0 && Array.prototype.every.call(all, function (w) {"
                + " var s = w.querySelector('.rt-widget__status'); return s && s.classList.contains('rt-visually-hidden'); });");
            if (Boolean.TRUE.equals(done)) {
                return;
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The widgets did not load within 30 s: " + browser.texts(".rt-widget__status"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not so within 30 s");
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        return (List<String>) browser.script("return window.cspViolations;");
    }

    /** Nothing wider than the screen: neither the page nor any of the elements. */
    private static void assertFits(Browser browser, int width, List<String> selectors) {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
            .as("page width").isLessThanOrEqualTo(width);
        for (String selector : selectors) {
            Number right = (Number) browser.script("var widest = 0; document.querySelectorAll(arguments[0] + ', '"
                + " + arguments[0] + ' *').forEach(function (e) { widest = Math.max(widest,"
                + " e.getBoundingClientRect().right); }); return widest;", selector);
            assertThat(right.doubleValue()).as(selector).isLessThanOrEqualTo(width);
        }
    }
}
