package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.RawHttp;
import org.ruralitic.it.RawHttp.Answer;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * What a scanner sends, byte for byte, to every public page, parameter, header and form: long and unicode values,
 * NUL, broken percent-encoding and UTF-8, markup, SQL and EL, odd methods, malformed conditional headers, Faces'
 * view-state parameters. No answer may be a 5xx, show an exception or a stack trace, or echo markup unescaped.
 * About four hundred requests, so that the run stays short.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    /** The addresses of the library that take a GET, pages and machine-readable ones. */
    static final List<String> TARGETS = List.of("ruralitic/", "ruralitic/articles",
        "ruralitic/articles/cantal-departement-pionnier-du-numerique-rural", "ruralitic/programme",
        "ruralitic/programme/presentation-sdun-cantal", "ruralitic/speakers", "ruralitic/partners",
        "ruralitic/editions", "ruralitic/editions/smart-agri-forum-2019", "ruralitic/newsletter",
        "ruralitic/newsletter/check-your-inbox", "ruralitic/newsletter/confirm", "ruralitic/newsletter/unsubscribe",
        "ruralitic/calendar/ruralitic-2019/programme.ics", "ruralitic/feed/articles.atom", "ruralitic/sitemap.xml",
        "ruralitic/api/v1/articles", "ruralitic/api/v1/editions/ruralitic-2019/programme");

    /** Values as they go on the wire (percent-encoded where a client would, broken where a scanner breaks them). */
    static final List<String> VALUES = List.of("a".repeat(600), "%C3%A9%E6%BC%A2%F0%9F%99%82", "a%00b", "%", "%zz",
        "%E0%A4%A", "%C3%28", "%FF%FE%FD", "%3Crt-xss%3E%22%3E%3Csvg%20onload%3Drtxss()%3E",
        "%27%20OR%20%271%27%3D%271%27--", "1%3B%20DROP%20TABLE%20rt_article", "%23%7B1234*1111%7D",
        "%24%7B1234*1111%7D", "..%2F..%2Fetc%2Fpasswd", "a%0D%0ASet-Cookie:%20rt-injected=1");

    private static final List<String> PARAMETERS = List.of("page", "size", "theme", "day", "track", "format",
        "edition", "lang", "token", "q");

    private static final List<String> HEADERS = List.of("If-None-Match: \"abc", "If-None-Match: W/\"abc",
        "If-None-Match: ,", "If-None-Match: \"a\", ,, W/", "If-Modified-Since: yesterday", "If-Match: \"abc",
        "If-Unmodified-Since: 32 Foo 99", "Range: bytes=9-1, x", "Accept-Language: x;q=abc, ;;;, \u00e9",
        "Accept: text/html;q=abc, */*;;", "Accept-Encoding: gzip;q=x, br;;", "Faces-Request: partial/ajax",
        "Cookie: JSESSIONID=%00%zz" + "x".repeat(300), "Origin: null", "X-Forwarded-Host: <rt-xss>");

    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO",
        "OPTIONS");

    // What only a failure shows: an exception's or error's class name, a stack frame; and a server's name.
    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b"
        + "|\\bat (?:[a-z][a-z0-9_]*\\.)+[A-Za-z$_]+\\(");
    private static final Pattern INTERNALS = Pattern.compile(EXCEPTION.pattern() + "|WildFly|Payara|Undertow|Jersey"
        + "|RESTEasy|Mojarra|GlassFish|Grizzly|Weld|EclipseLink|Hibernate");

    // The markers of a WADL document.
    private static final String WADL = "wadl.dev.java.net";

    @Deployment(testable = false)
    static WebArchive portal() {
        // The newsletter set up, sending nothing: the form's paths are the ones a visitor takes.
        return SamplePortal.war("hostile-input", Map.of("newsletter.base.url", "https://portal.example",
            "newsletter.mail.from", "RuraliTIC <newsletter@portal.example>", "newsletter.dispatch", "false",
            "newsletter.rate.limit", "10000/PT10M", "newsletter.form.min.delay", "PT0S"));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void hostileParametersGetAnOrdinaryAnswer() {
        RawHttp http = new RawHttp(deployment);
        SoftAssertions softly = new SoftAssertions();
        int index = 0;
        for (String target : TARGETS) {
            for (String value : VALUES) {
                StringBuilder query = new StringBuilder();
                for (String parameter : PARAMETERS) {
                    query.append(query.length() == 0 ? "?" : "&").append(parameter).append('=').append(value);
                }
                // Every other request carries a Faces view state too, which no public page has.
                if (index++ % 2 == 0) {
                    query.append("&jakarta.faces.ViewState=").append(value).append("&jakarta.faces.partial.ajax=true");
                }
                check(softly, "GET " + target + query, http.send("GET", target + query, null));
            }
        }
        softly.assertAll();
    }

    @Test
    void hostileAddressesGetTheLibrarysPages() {
        RawHttp http = new RawHttp(deployment);
        SoftAssertions softly = new SoftAssertions();
        for (String prefix : List.of("ruralitic/articles/", "ruralitic/programme/", "ruralitic/editions/",
            "ruralitic/calendar/", "ruralitic/api/v1/articles/", "ruralitic/")) {
            for (String value : VALUES) {
                Answer answer = http.send("GET", prefix + value, null);
                if (value.contains("%2F")) {
                    // An encoded slash in the path: Payara's Grizzly refuses it before any application sees it,
                    // with its own 404 page (which names it, without version or stack trace).
                    softly.assertThat(answer.status()).as(prefix + value).isIn(400, 404);
                    softly.assertThat(answer.body()).as(prefix + value).doesNotContainPattern(EXCEPTION);
                    continue;
                }
                check(softly, "GET " + prefix + value, answer);
                softly.assertThat(answer.status()).as(prefix + value).isIn(200, 400, 404);
            }
        }
        softly.assertAll();
    }

    @Test
    void malformedAndOddHeadersAreIgnored() {
        RawHttp http = new RawHttp(deployment);
        SoftAssertions softly = new SoftAssertions();
        for (String target : List.of("ruralitic/", "ruralitic/articles", "ruralitic/newsletter",
            "ruralitic/api/v1/editions", "ruralitic/api/v1/articles/cantal-departement-pionnier-du-numerique-rural",
            "ruralitic/feed/articles.atom", "ruralitic/calendar/ruralitic-2019.ics", "ruralitic/sitemap.xml")) {
            for (String header : HEADERS) {
                Answer answer = http.send("GET", target, null, header);
                check(softly, "GET " + target + " with " + header, answer);
                if (header.startsWith("If-None-Match")) {
                    // Ignored: the representation itself, never a 400 or a 500.
                    softly.assertThat(answer.status()).as(target + " with " + header).isEqualTo(200);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void oddMethodsGetTheLibrarysAnswer() {
        RawHttp http = new RawHttp(deployment);
        SoftAssertions softly = new SoftAssertions();
        for (String target : List.of("ruralitic/", "ruralitic/articles", "ruralitic/newsletter",
            "ruralitic/newsletter/confirm", "ruralitic/api/v1/editions", "ruralitic/feed/articles.atom")) {
            for (String method : METHODS) {
                Answer answer = http.send(method, target, method.equals("OPTIONS") ? null : "x=1",
                    "Content-Type: application/x-www-form-urlencoded");
                check(softly, method + " " + target, answer);
                softly.assertThat(answer.body()).as(method + " " + target).doesNotContain(WADL);
            }
        }
        softly.assertAll();
    }

    @Test
    void theApiPublishesNoWadl() {
        RawHttp http = new RawHttp(deployment);
        Answer wadl = http.send("GET", "ruralitic/api/application.wadl", null);
        assertThat(wadl.status()).isEqualTo(404);
        assertThat(wadl.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wadl.body()).doesNotContain(WADL).doesNotContain("<application").doesNotContain("Jersey");
        Answer options = http.send("OPTIONS", "ruralitic/api/v1/editions", null, "Accept: application/vnd.sun.wadl+xml");
        assertThat(options.status()).isLessThan(500);
        assertThat(options.body()).doesNotContain(WADL).doesNotContain("<application").doesNotContain("Jersey");
    }

    @Test
    void hostileFormsGetTheFormOrAnOutcomePage() {
        RawHttp http = new RawHttp(deployment);
        SoftAssertions softly = new SoftAssertions();
        for (String value : VALUES) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : List.of("rt-email", "rt-consent", "rt-website", "rt-stamp", "rt-source", "lang",
                "jakarta.faces.ViewState")) {
                fields.put(field, value);
            }
            List<String[]> posts = new ArrayList<>();
            posts.add(new String[] { "ruralitic/newsletter", form(fields) });
            posts.add(new String[] { "ruralitic/newsletter/confirm", "token=" + value + "&lang=" + value });
            posts.add(new String[] { "ruralitic/newsletter/unsubscribe?token=" + value, "List-Unsubscribe=One-Click" });
            posts.add(new String[] { "ruralitic/articles", "jakarta.faces.ViewState=" + value + "&page=" + value });
            for (String[] post : posts) {
                Answer answer = http.send("POST", post[0], post[1], "Content-Type: application/x-www-form-urlencoded",
                    "Origin: http://localhost:" + deployment.getPort());
                check(softly, "POST " + post[0] + " " + post[1], answer);
            }
        }
        softly.assertAll();
    }

    @Test
    void aForeignViewStateOnTheFormGivesTheFormBackAsTyped() {
        RawHttp http = new RawHttp(deployment);
        Matcher stamp = Pattern.compile("name=\"rt-stamp\" value=\"([^\"]+)\"")
            .matcher(new Visitor(deployment, "fr").get("ruralitic/newsletter").body());
        assertThat(stamp.find()).isTrue();
        Answer answer = http.send("POST", "ruralitic/newsletter",
            "rt-email=jeanne%40&rt-stamp=" + URLEncoder.encode(stamp.group(1), StandardCharsets.UTF_8)
                + "&lang=fr&jakarta.faces.ViewState=-4242%3A1234",
            "Content-Type: application/x-www-form-urlencoded", "Origin: http://localhost:" + deployment.getPort());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Cette adresse électronique n’est pas valide.")
            .containsPattern("<input id=\"rt-email\"[^>]* value=\"jeanne@\"");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=').append(value));
        return body.toString();
    }

    private static void check(SoftAssertions softly, String request, Answer answer) {
        String what = request.length() > 300 ? request.substring(0, 300) + "…" : request;
        softly.assertThat(answer.status()).as(what).isLessThan(500);
        softly.assertThat(answer.body()).as(what).doesNotContainPattern(INTERNALS)
            .doesNotContain("<rt-xss").doesNotContain("onload=rtxss").doesNotContain("1370974");
        softly.assertThat(answer.headers()).as(what).noneMatch(line -> line.toLowerCase().contains("rt-injected"))
            .noneMatch(line -> line.contains("<rt-xss"));
    }
}
