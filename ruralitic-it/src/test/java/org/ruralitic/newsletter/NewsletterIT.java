package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.Mailbox;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The newsletter over HTTP, as a browser without JavaScript and a mail provider use it, on a server that sends its
 * mails to a real SMTP server: sign-up, the mail, confirmation on POST only, one-click unsubscription, robots,
 * cross-site posts and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterIT {

    /** Where the mails link to: the test follows the path of their links on the deployment. */
    static final String PUBLIC_ADDRESS = "https://portal.example/";

    /** The form's minimum time-to-submit in these deployments. */
    static final Duration MIN_DELAY = Duration.ofSeconds(1);

    private static final Mailbox MAILBOX = new Mailbox();
    static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);
    private static final String MARKER = "data-rt-signup";
    private static final Pattern CONFIRM_LINK = Pattern.compile(
        Pattern.quote(PUBLIC_ADDRESS) + "newsletter/(ruralitic/newsletter/confirm\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile(
        "<" + Pattern.quote(PUBLIC_ADDRESS) + "newsletter/(ruralitic/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]+)>");

    @Deployment(testable = false)
    static WebArchive portal() {
        Map<String, String> settings = settings("newsletter", MAILBOX.port(), true);
        settings.put("diagnostics.sql.count", "true"); // tells a page from the page cache (0 statements)
        return SamplePortal.war("newsletter", settings);
    }

    /**
     * @param name the deployment.
     * @param smtpPort the port of the test's SMTP server.
     * @param dispatch whether the server sends its outbox.
     * @return the settings an integrator gives a portal for the newsletter, with a short form delay and a rate limit
     *         that the many sign-ups of the tests, all from this machine, never reach.
     */
    static Map<String, String> settings(String name, int smtpPort, boolean dispatch) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("newsletter.base.url", PUBLIC_ADDRESS + name);
        settings.put("newsletter.smtp.host", "localhost");
        settings.put("newsletter.smtp.port", Integer.toString(smtpPort));
        settings.put("newsletter.mail.from", "RuraliTIC <newsletter@portal.example>");
        settings.put("newsletter.form.min.delay", MIN_DELAY.toString());
        settings.put("newsletter.rate.limit", "1000/PT10M");
        settings.put("newsletter.dispatch", Boolean.toString(dispatch));
        return settings;
    }

    @ArquillianResource
    URL deployment;

    @BeforeAll
    static void startMailServer() {
        MAILBOX.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAILBOX.close();
    }

    @Test
    void aSignUpMailsALinkThatConfirmsOnlyWhenItsButtonIsPressed() throws Exception {
        Visitor visitor = new Visitor(deployment, "fr-FR,fr;q=0.9");
        String address = unique("jeanne");
        HttpResponse<String> posted = signUp(visitor, address, true, null, visitor.origin());
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/ruralitic/newsletter/check-your-inbox?lang=fr");
        HttpResponse<String> sent = visitor.get(location);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("<h1>Vérifiez votre boîte de réception</h1>");
        assertThat(sent.headers().firstValue("Cache-Control")).contains("no-store");

        MimeMessage mail = MAILBOX.waitFor(address, MAIL_TIMEOUT);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre inscription à la lettre d’information RuraliTIC");
        assertThat(Mailbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Matcher unsubscribeLink = UNSUBSCRIBE_LINK.matcher(Mailbox.header(mail, "List-Unsubscribe"));
        assertThat(unsubscribeLink.matches()).as(Mailbox.header(mail, "List-Unsubscribe")).isTrue();
        Matcher confirmLink = CONFIRM_LINK.matcher(Mailbox.text(mail));
        assertThat(confirmLink.find()).as(Mailbox.text(mail)).isTrue();

        // A mail scanner fetches the link: that shows a button and confirms nothing.
        HttpResponse<String> button = visitor.get(confirmLink.group(1));
        assertThat(button.statusCode()).isEqualTo(200);
        assertThat(button.body()).contains("Je confirme mon inscription");
        assertThat(button.headers().firstValue("Cache-Control")).contains("no-store");
        SignUpPage confirmForm = SignUpPage.of(button.body(), "/ruralitic/newsletter/confirm");
        HttpResponse<String> confirmed = visitor.post(confirmForm.action(), confirmForm.hidden(), "Origin",
            visitor.origin());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("<h1>Inscription confirmée</h1>");
        HttpResponse<String> replayed = visitor.post(confirmForm.action(), confirmForm.hidden(), "Origin",
            visitor.origin());
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("<h1>Ce lien a déjà servi</h1>");

        // The mail provider's one-click POST (RFC 8058): from its servers, no Origin, no cookie.
        Map<String, String> oneClick = Map.of("List-Unsubscribe", "One-Click");
        HttpResponse<String> unsubscribed = visitor.post(unsubscribeLink.group(1), oneClick);
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("Vous êtes désinscrit");
        HttpResponse<String> again = visitor.post(unsubscribeLink.group(1), oneClick);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Vous êtes désinscrit");
        // The page of the link in the mail's footer asks before it does anything.
        HttpResponse<String> unsubscribePage = visitor.get(unsubscribeLink.group(1));
        assertThat(unsubscribePage.statusCode()).isEqualTo(200);
        assertThat(unsubscribePage.body()).contains("Me désinscrire");
        assertThat(MAILBOX.to(address)).hasSize(1);
    }

    @Test
    void unknownLinksGetAPageThatSaysSo() {
        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> confirm = visitor.post("ruralitic/newsletter/confirm",
            Map.of("token", "no-such-token", "lang", "fr"), "Origin", visitor.origin());
        assertThat(confirm.statusCode()).isEqualTo(404);
        assertThat(confirm.body()).contains("<h1>Lien de confirmation inconnu</h1>");
        HttpResponse<String> unsubscribe = visitor.post("ruralitic/newsletter/unsubscribe?token=no-such-token",
            Map.of("List-Unsubscribe", "One-Click"));
        assertThat(unsubscribe.statusCode()).isEqualTo(404);
        assertThat(unsubscribe.body()).contains("<h1>Lien de désinscription inconnu</h1>");
        HttpResponse<String> noToken = visitor.get("ruralitic/newsletter/confirm?token=%3Cscript%3E");
        assertThat(noToken.statusCode()).isEqualTo(200);
        assertThat(noToken.body()).contains("n'est pas valable").doesNotContain("<script>")
            .doesNotContain("Je confirme mon inscription");
    }

    @Test
    void robotsGetTheSamePageWhileNothingIsStoredOrSent() {
        Visitor visitor = new Visitor(deployment, "fr");
        String robot = unique("robot");
        String hasty = unique("hasty");
        HttpResponse<String> trapped = signUp(visitor, robot, true, "https://spam.example", visitor.origin());
        assertThat(trapped.statusCode()).isEqualTo(303);
        assertThat(trapped.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/check-your-inbox?lang=fr");
        SignUpPage form = SignUpPage.of(visitor.get("ruralitic/newsletter").body(), MARKER);
        HttpResponse<String> tooFast = visitor.post(form.action(), form.filled(hasty, true, null), "Origin",
            visitor.origin());
        assertThat(tooFast.statusCode()).isEqualTo(303);
        assertThat(tooFast.headers().firstValue("Location").orElseThrow()).endsWith("/newsletter/check-your-inbox?lang=fr");

        // A person signs up after them: once their mail is out, the robots' would be too.
        String person = unique("person");
        assertThat(signUp(visitor, person, true, null, visitor.origin()).statusCode()).isEqualTo(303);
        MAILBOX.waitFor(person, MAIL_TIMEOUT);
        assertThat(MAILBOX.to(robot)).isEmpty();
        assertThat(MAILBOX.to(hasty)).isEmpty();
        // Nothing was stored: a stored sign-up would hold a new mail back for the resend interval (15 minutes).
        assertThat(signUp(visitor, robot, true, null, visitor.origin()).statusCode()).isEqualTo(303);
        MAILBOX.waitFor(robot, MAIL_TIMEOUT);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWithAPageAndStoresNothing() {
        Visitor visitor = new Visitor(deployment, "fr");
        String address = unique("victim");
        HttpResponse<String> refused = signUp(visitor, address, true, null, "https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Demande refusée</h1>");
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        SignUpPage form = SignUpPage.of(visitor.get("ruralitic/newsletter").body(), MARKER);
        HttpResponse<String> fetched = visitor.post(form.action(), form.filled(address, true, null),
            "Sec-Fetch-Site", "cross-site");
        assertThat(fetched.statusCode()).isEqualTo(403);
        HttpResponse<String> confirm = visitor.post("ruralitic/newsletter/confirm", Map.of("token", "any-token"),
            "Origin", "https://evil.example");
        assertThat(confirm.statusCode()).isEqualTo(403);
        assertThat(confirm.body()).contains("<h1>Demande refusée</h1>");
        // Nothing was stored: the same address signs up from our page and gets its mail at once.
        assertThat(signUp(visitor, address, true, null, visitor.origin()).statusCode()).isEqualTo(303);
        MAILBOX.waitFor(address, MAIL_TIMEOUT);
    }

    @Test
    void aFormWithErrorsComesBackFilledWithItsMessagesTiedToTheFields() {
        Visitor visitor = new Visitor(deployment, "fr-FR,fr;q=0.9");
        HttpResponse<String> page = signUp(visitor, "jeanne@", false, null, visitor.origin());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        String body = page.body();
        assertThat(body).contains("<title>Erreur : Lettre d'information")
            .contains("id=\"rt-signup-errors\"")
            .contains("<p id=\"rt-email-error\" class=\"rt-signup__error\">Cette adresse électronique n’est pas valide.</p>")
            .contains("<p id=\"rt-consent-error\" class=\"rt-signup__error\">Cochez la case pour accepter de recevoir la lettre d’information.</p>")
            .containsPattern("<input id=\"rt-email\"[^>]* value=\"jeanne@\"")
            .containsPattern("<input id=\"rt-email\"[^>]* aria-describedby=\"rt-email-hint rt-email-error\"")
            .containsPattern("<input id=\"rt-email\"[^>]* aria-invalid=\"true\"")
            .containsPattern("<input id=\"rt-email\"[^>]* autofocus=\"autofocus\"")
            .containsPattern("<input id=\"rt-consent\"[^>]* aria-describedby=\"rt-consent-error\"");
        assertThat(body).doesNotContainPattern("<input id=\"rt-consent\"[^>]* checked");

        // A good address with the box left unticked: the address stays, only the box is in error.
        String kept = signUp(visitor, "jeanne.martin@example.org", false, null, visitor.origin()).body();
        assertThat(kept).containsPattern("<input id=\"rt-email\"[^>]* value=\"jeanne.martin@example.org\"")
            .doesNotContain("rt-email-error").contains("rt-consent-error")
            .containsPattern("<input id=\"rt-consent\"[^>]* autofocus=\"autofocus\"");
        String ticked = signUp(visitor, "", true, null, visitor.origin()).body();
        assertThat(ticked).contains("Indiquez votre adresse électronique.")
            .containsPattern("<input id=\"rt-consent\"[^>]* checked=\"checked\"");

        String english = signUp(new Visitor(deployment, "en-GB,en;q=0.9"), "jeanne@", true, null, visitor.origin())
            .body();
        assertThat(english).contains("This e-mail address is not valid.").contains("The form has errors:");
    }

    @Test
    void theScriptGetsTheOutcomeAndTheErrorsAsJson() {
        Visitor visitor = new Visitor(deployment, "en");
        SignUpPage form = SignUpPage.of(visitor.get("ruralitic/newsletter").body(), MARKER);
        pause();
        HttpResponse<String> invalid = visitor.post(form.action(), form.filled("nobody", false, null),
            "Origin", visitor.origin(), "Accept", "application/json");
        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonObject errors = json(invalid.body());
        assertThat(errors.getString("outcome")).isEqualTo("invalid");
        assertThat(errors.getJsonArray("errors").getValuesAs(JsonObject.class))
            .extracting(error -> error.getString("field") + ": " + error.getString("message"))
            .containsExactly(form.email() + ": This e-mail address is not valid.",
                form.consent() + ": Please tick the box to agree to receive the newsletter.");
        HttpResponse<String> refused = visitor.post(form.action(), form.filled("x@example.org", true, null),
            "Origin", "https://evil.example", "Accept", "application/json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused.body()).getString("outcome")).isEqualTo("forbidden");
    }

    @Test
    void theNewsletterPagesOpenNoSessionAndAreNeverStored() {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : List.of("ruralitic/newsletter", "ruralitic/newsletter/check-your-inbox",
            "ruralitic/newsletter/confirm?token=abc", "ruralitic/newsletter/unsubscribe?token=abc", "ruralitic/")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.contains("JSESSIONID"));
            assertThat(page.headers().firstValue("Cache-Control")).as(path).contains("no-store");
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
        HttpResponse<String> posted = signUp(visitor, "", false, null, visitor.origin());
        assertThat(posted.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("JSESSIONID"));
    }

    @Test
    void theHomePageComesFromThePageCacheWithAFreshStampForEachVisitor() {
        Visitor visitor = new Visitor(deployment, "fr");
        SignUpPage first = SignUpPage.of(visitor.get("ruralitic/").body(), MARKER);
        HttpResponse<String> again = visitor.get("ruralitic/");
        assertThat(again.headers().firstValue("X-RuraliTIC-SQL")).contains("0");
        SignUpPage second = SignUpPage.of(again.body(), MARKER);
        assertThat(second.hidden()).isNotEqualTo(first.hidden());
        pause();
        HttpResponse<String> posted = visitor.post(second.action(), second.filled(unique("paul"), true, null),
            "Origin", visitor.origin());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/ruralitic/newsletter/check-your-inbox");
    }

    @Test
    void theFormAndItsPagesPassTheNuHtmlChecker() {
        for (String language : List.of("fr", "en")) {
            Visitor visitor = new Visitor(deployment, language);
            for (String path : List.of("ruralitic/newsletter", "ruralitic/", "ruralitic/newsletter/check-your-inbox")) {
                assertThat(HtmlChecker.errors(visitor.get(path).body())).as(path + " in " + language).isEmpty();
            }
            HttpResponse<String> rejected = signUp(visitor, "jeanne@", false, null, visitor.origin());
            assertThat(rejected.body()).contains("rt-signup-errors");
            assertThat(HtmlChecker.errors(rejected.body())).as("the form with errors in " + language).isEmpty();
        }
    }

    /**
     * Does what a browser does: gets the sign-up page, lets a person's time pass, posts the form.
     */
    static HttpResponse<String> signUp(Visitor visitor, String email, boolean consent, String trap, String origin) {
        SignUpPage form = SignUpPage.of(visitor.get("ruralitic/newsletter").body(), MARKER);
        pause();
        return visitor.post(form.action(), form.filled(email, consent, trap), "Origin", origin);
    }

    /** Waits as long as a person takes to fill the form in, at least (the stamp counts milliseconds). */
    static void pause() {
        try {
            Thread.sleep(MIN_DELAY.toMillis() + 250);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
