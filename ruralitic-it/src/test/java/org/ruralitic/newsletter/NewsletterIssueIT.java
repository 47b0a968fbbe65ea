package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.newsletter.NewsletterIT.MAIL_TIMEOUT;
import static org.ruralitic.newsletter.NewsletterIT.PUBLIC_ADDRESS;
import static org.ruralitic.newsletter.NewsletterIT.signUp;
import static org.ruralitic.newsletter.NewsletterIT.unique;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.Agent;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.IssueDispatch;
import org.ruralitic.it.LocalMachine;
import org.ruralitic.it.Mailbox;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Newsletter issues from the back-office to the subscribers' inboxes, on each server with its real login, a real SMTP
 * server and a real IMAP bounce mailbox: an author composes, an editor tests and sends, each subscriber gets the
 * issue with their own one-click link, one who unsubscribes during the send gets nothing, a hard bounce is read and
 * shown to administrators, and the public archive shows the issue with nobody's data. The server's own timer for
 * issues is off here ({@code newsletter.issues.dispatch=false}): the test says when the mails leave, through
 * {@link IssueDispatch}, so that "during the send" is a moment it controls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterIssueIT {

    private static final Mailbox MAILBOX = new Mailbox();
    private static final int IMAP_PORT = LocalMachine.freePort();
    private static final Pattern SIGNED_LINK = Pattern.compile("<" + Pattern.quote(PUBLIC_ADDRESS)
        + "issues/(ruralitic/newsletter/unsubscribe\\?token=i[0-9]+\\.[A-Za-z0-9_-]{43})>");
    private static final Pattern CONFIRM_LINK = Pattern.compile(
        Pattern.quote(PUBLIC_ADDRESS) + "issues/(ruralitic/newsletter/confirm\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern CONFIRMATION_UNSUBSCRIBE = Pattern.compile(
        "<" + Pattern.quote(PUBLIC_ADDRESS) + "issues/(ruralitic/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]+)>");
    private static final Pattern ISSUE_ID = Pattern.compile("/ruralitic/admin/newsletters/(\\d+)\\?done=saved");

    private static GreenMail bounceServer;
    private static GreenMailUser bounceMailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        Map<String, String> settings = NewsletterIT.settings("issues", MAILBOX.port(), true);
        settings.put("roles.administrator", "webmaster");
        settings.put("newsletter.issues.dispatch", "false");
        settings.put("newsletter.send.rate", "0");
        settings.put("newsletter.name", "La lettre du Cantal");
        settings.put("newsletter.bounce.url", "imap://bounces:Secret-123@localhost:" + IMAP_PORT + "/INBOX");
        return SamplePortal.war("issues", settings).addClasses(Agent.class, IssueDispatch.class);
    }

    @ArquillianResource
    URL deployment;

    @BeforeAll
    static void startMailServers() {
        MAILBOX.start();
        bounceServer = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        bounceServer.start();
        bounceMailbox = bounceServer.setUser("bounces@portal.example", "bounces", Agent.PASSWORD);
    }

    @AfterAll
    static void stopMailServers() {
        MAILBOX.close();
        bounceServer.stop();
    }

    @Test
    void anAuthorComposesButNeitherTestsNorSends() {
        Agent paul = Agent.signedIn(deployment, "paul");
        HttpResponse<String> saved = save(paul, "Brouillon de Paul <script>alert(1)</script>", "Un mot.");
        assertThat(saved.body()).contains("Lettre enregistrée.")
            .contains("Brouillon de Paul &lt;script&gt;alert(1)&lt;/script&gt;")
            .doesNotContain("name=\"confirmSend\"").doesNotContain("value=\"test\"");
        // The form has no send button for an author: a forged post of it is refused by the service's role check.
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("id", Jsoup.parse(saved.body()).select("input[name=id]").val());
        forged.put("version", Jsoup.parse(saved.body()).select("input[name=version]").val());
        forged.put("subject", "Envoyée par Paul");
        forged.put("sections", "0");
        forged.put("action", "send");
        forged.put("confirmSend", "on");
        HttpResponse<String> refused = paul.post(saved.uri().toString(), forged, "Origin",
            saved.uri().getScheme() + "://" + saved.uri().getRawAuthority());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Votre rôle ne permet pas cette action.");
        // What he typed was saved first (an author may save), the send refused: still a draft.
        assertThat(paul.get(saved.uri().getPath()).body()).contains("Brouillon</strong>")
            .contains("value=\"Envoyée par Paul\"");
        // The list of issues is the authors' too.
        assertThat(paul.get("ruralitic/admin/newsletters").body()).contains("Envoyée par Paul");
    }

    @Test
    void anIssueIsTestedSentUnsubscribedFromDuringTheSendBouncedAndArchived() throws Exception {
        String stays = unique("lectrice");
        String leaves = unique("partant");
        String leavesUnsubscribe = confirmedSubscriber(leaves);
        confirmedSubscriber(stays);

        Agent marie = Agent.signedIn(deployment, "marie");
        String subject = "Lettre " + stays.substring(9, 17);
        HttpResponse<String> saved = save(marie, subject, "Le programme est en ligne : [voir](https://www.cantal.fr)."
            + " <script>alert('x')</script>");
        assertThat(HtmlChecker.errors(saved.body())).isEmpty();
        String issuePath = saved.uri().getPath();

        // The mail as it will look, and its text alternative.
        HttpResponse<String> preview = marie.get(issuePath + "/mail");
        assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        assertThat(preview.body()).contains("La lettre du Cantal").contains(subject)
            .contains("<a href=\"https://www.cantal.fr\"").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(marie.get(issuePath + "/mail?format=text").body()).contains("[voir](https://www.cantal.fr)");

        // A test to two addresses, through the outbox.
        HttpResponse<String> tested = press(marie, saved, "test", Map.of("testAddresses",
            "Marie@Cantal.example, claire@cantal.example"));
        assertThat(tested.body()).contains("Essai mis en file d’envoi pour : marie@cantal.example, claire@cantal.example.");
        assertThat(MAILBOX.waitFor("claire@cantal.example", MAIL_TIMEOUT).getSubject()).isEqualTo("[Essai] " + subject);

        // Sending asks for its confirmation box; what was typed stays.
        HttpResponse<String> unconfirmed = press(marie, tested, "send", Map.of("subject", subject + " !"));
        assertThat(unconfirmed.body()).contains("Cochez la case pour confirmer l’envoi à tous les abonnés.")
            .contains("value=\"" + subject + " !\"");
        HttpResponse<String> sent = press(marie, unconfirmed, "send", Map.of("confirmSend", "on"));
        assertThat(sent.uri().toString()).endsWith("?done=sent");
        assertThat(sent.body()).contains("Envoi en cours").doesNotContain("name=\"confirmSend\"");

        // During the send: one subscriber unsubscribes (one click in a mail program) before the mails leave.
        Visitor provider = new Visitor(deployment, "fr");
        HttpResponse<String> gone = provider.post(leavesUnsubscribe, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(gone.body()).contains("Vous êtes désinscrit");
        assertThat(Integer.parseInt(provider.post("test/dispatch", Map.of()).body())).isGreaterThanOrEqualTo(1);

        MimeMessage mail = issueTo(stays, subject + " !");
        assertThat(Mailbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.header(mail, "List-Id")).isEqualTo("\"La lettre du Cantal\" <newsletter.portal.example>");
        assertThat(mail.getMessageID()).matches("<rt\\.[0-9]+\\.[0-9]+\\.[^@]+@portal\\.example>");
        String html = html(mail);
        assertThat(html).contains("Le programme est en ligne").doesNotContain("<script>").doesNotContain("<img");
        assertThat(Mailbox.text(mail)).contains("[voir](https://www.cantal.fr)");
        Matcher link = SIGNED_LINK.matcher(Mailbox.header(mail, "List-Unsubscribe"));
        assertThat(link.matches()).as(Mailbox.header(mail, "List-Unsubscribe")).isTrue();
        assertThat(html).contains(link.group(1).substring(link.group(1).indexOf("token=")));
        assertThat(MAILBOX.to(leaves)).as("the confirmation mail only").hasSize(1);

        // A GET of the link (a scanner) unsubscribes nobody; the page's button would.
        assertThat(provider.get(link.group(1)).body()).contains("Me désinscrire");

        // The mail server of the reader says the address is gone: the administrator reads the bounce mailbox.
        bounceMailbox.deliver(report(stays, mail.getMessageID()));
        Agent admin = Agent.signedIn(deployment, "admin");
        HttpResponse<String> desk = admin.get("ruralitic/admin/newsletters");
        HttpResponse<String> read = admin.submit(desk, "bounces", "action", Map.of());
        assertThat(read.body()).contains("Boîte des retours relevée : 1 adresse(s) en échec définitif.");
        assertThat(Jsoup.parse(read.body()).select("#bounced th[scope=row]").eachText()).contains(stays);
        assertThat(marie.get("ruralitic/admin/newsletters").body()).doesNotContain(stays);

        Document figures = Jsoup.parse(marie.get(issuePath).body());
        assertThat(figures.select("#figure-skipped").text()).isNotEqualTo("0");
        assertThat(figures.select("#figure-bounced").text()).isEqualTo("1");
        assertThat(figures.select("#figure-unsubscribed").text()).isNotEqualTo("0");

        // The public archive: the issue as sent, nobody's address or link in it.
        Visitor visitor = new Visitor(deployment, "fr");
        HttpResponse<String> archive = visitor.get("ruralitic/newsletter/archive");
        assertThat(archive.body()).contains(subject + " !");
        String issueId = issuePath.substring(issuePath.lastIndexOf('/') + 1);
        HttpResponse<String> page = visitor.get("ruralitic/newsletter/archive/" + issueId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Le programme est en ligne").doesNotContain(stays).doesNotContain("token=")
            .doesNotContain("<script>alert");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(visitor.get("ruralitic/feed/newsletter.atom").body()).contains("<title>" + subject + " !</title>");
    }

    @Test
    void aDraftIsNotInTheArchiveAndAnUnknownIssueIsNotFound() {
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> saved = save(marie, "Brouillon secret", "Pas encore.");
        String id = saved.uri().getPath().substring(saved.uri().getPath().lastIndexOf('/') + 1);
        Visitor visitor = new Visitor(deployment, "fr");
        assertThat(visitor.get("ruralitic/newsletter/archive/" + id).statusCode()).isEqualTo(404);
        assertThat(visitor.get("ruralitic/newsletter/archive").body()).doesNotContain("Brouillon secret");
        assertThat(marie.get("ruralitic/admin/newsletters/999999999").statusCode()).isEqualTo(404);

        HttpResponse<String> deleted = press(marie, saved, "delete", Map.of());
        assertThat(deleted.body()).contains("Brouillon supprimé.").doesNotContain("Brouillon secret");
        assertThat(marie.get(saved.uri().getPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdministratorFindsAConsentProofErasesTheAddressAndExportsTheList() throws Exception {
        String address = unique("efface");
        confirmedSubscriber(address);
        assertThat(Agent.signedIn(deployment, "marie").get("ruralitic/admin/subscribers").statusCode())
            .isEqualTo(403);

        Agent admin = Agent.signedIn(deployment, "admin");
        HttpResponse<String> desk = admin.get("ruralitic/admin/subscribers");
        assertThat(HtmlChecker.errors(desk.body())).isEmpty();
        assertThat(Integer.parseInt(Jsoup.parse(desk.body()).select("#count-confirmed").text())).isPositive();
        HttpResponse<String> found = admin.submit(desk, "search", "action=search", Map.of("q", address));
        Document results = Jsoup.parse(found.body());
        assertThat(results.select("#found th[scope=row]").eachText()).containsExactly(address);
        assertThat(results.select("#found").text()).contains("2026-11").contains("/ruralitic/newsletter");
        assertThat(found.uri().getQuery()).as("no address in the URL").isNull();

        HttpResponse<String> asked = admin.submit(found, results.select("#found form").attr("id"), "action=erase",
            Map.of());
        HttpResponse<String> unticked = admin.submit(asked, "erase", "action=confirmErase", Map.of());
        assertThat(unticked.body()).contains("Cochez la case pour confirmer l’effacement.");
        HttpResponse<String> erased = admin.submit(unticked, "erase", "action=confirmErase",
            Map.of("confirmErase", "on"));
        assertThat(erased.body()).contains("L’abonné a été effacé.");
        HttpResponse<String> again = admin.submit(erased, "search", "action=search", Map.of("q", address));
        assertThat(Jsoup.parse(again.body()).select("#found th[scope=row]").eachText()).isEmpty();

        HttpResponse<String> csv = admin.get("ruralitic/admin/subscribers/export");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("email,").doesNotContain(address);
        HttpResponse<String> audit = admin.get("ruralitic/admin/audit");
        assertThat(audit.body()).contains("Effacement d’un abonné").contains("Export des abonnés")
            .doesNotContain(address);
    }

    @Test
    void aServerThatDiesMidSendIsResumedWithEachSubscriberMailedOnce() throws Exception {
        List<String> readers = List.of(unique("reprise-a"), unique("reprise-b"), unique("reprise-c"));
        for (String reader : readers) {
            confirmedSubscriber(reader);
        }
        Agent marie = Agent.signedIn(deployment, "marie");
        String subject = "Reprise " + readers.get(0).substring(10, 18);
        HttpResponse<String> saved = save(marie, subject, "Après la panne.");
        assertThat(press(marie, saved, "send", Map.of("confirmSend", "on")).uri().toString()).endsWith("?done=sent");

        Visitor server = new Visitor(deployment, "fr");
        // The server dies while handing its second mail to SMTP: one sent, the rest of its batch claimed.
        assertThat(server.post("test/dispatch?crashAfter=1", Map.of()).body()).isEqualTo("died after 1");
        // Restarted at once: the dead server's claim holds, nothing leaves twice.
        assertThat(server.post("test/dispatch", Map.of()).body()).isEqualTo("0");
        // Once the claim ran out (2 minutes), everyone not yet mailed is.
        assertThat(Integer.parseInt(server.post("test/dispatch?ahead=121", Map.of()).body())).isPositive();

        for (String reader : readers) {
            issueTo(reader, subject);
        }
        for (String reader : readers) {
            assertThat(MAILBOX.to(reader).stream().filter(mail -> subjectOf(mail).equals(subject)).count())
                .as(reader).isEqualTo(1);
        }
        Document figures = Jsoup.parse(marie.get(saved.uri().getPath()).body());
        assertThat(figures.select("#figure-pending").text()).isEqualTo("0");
        assertThat(figures.text()).contains("Envoyée");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a new issue through its form; returns the editor page after the save. */
    private static HttpResponse<String> save(Agent agent, String subject, String intro) {
        HttpResponse<String> form = agent.get("ruralitic/admin/newsletters/new");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> saved = press(agent, form, "save", Map.of("subject", subject, "intro", intro,
            "section-0-heading", "Au programme", "section-0-text", "Deux jours à **Aurillac**."));
        assertThat(ISSUE_ID.matcher(saved.uri().toString()).find()).as(saved.uri() + "\n" + saved.body()).isTrue();
        return saved;
    }

    /** Presses one of the form's buttons ({@code name="action"}), with changed fields. */
    private static HttpResponse<String> press(Agent agent, HttpResponse<String> page, String action,
        Map<String, String> changes) {
        return agent.submit(page, "issue", "action=" + action, new LinkedHashMap<>(changes));
    }

    /** Signs an address up and confirms it; returns the unsubscribe link of its confirmation mail. */
    private String confirmedSubscriber(String address) {
        Visitor visitor = new Visitor(deployment, "fr-FR,fr;q=0.9");
        assertThat(signUp(visitor, address, true, null, visitor.origin()).statusCode()).isEqualTo(303);
        MimeMessage mail = MAILBOX.waitFor(address, MAIL_TIMEOUT);
        Matcher confirm = CONFIRM_LINK.matcher(Mailbox.text(mail));
        assertThat(confirm.find()).isTrue();
        assertThat(visitor.post(confirm.group(1), Map.of(), "Origin", visitor.origin()).body())
            .contains("Inscription confirmée");
        Matcher unsubscribe = CONFIRMATION_UNSUBSCRIBE.matcher(Mailbox.header(mail, "List-Unsubscribe"));
        assertThat(unsubscribe.matches()).isTrue();
        return unsubscribe.group(1);
    }

    /** Waits for the mail of an issue to an address (its confirmation mail came first). */
    private static MimeMessage issueTo(String address, String subject) throws Exception {
        Instant end = Instant.now().plus(MAIL_TIMEOUT);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage mail : MAILBOX.to(address)) {
                if (subject.equals(mail.getSubject())) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + address + " within " + MAIL_TIMEOUT);
    }

    private static String html(MimeMessage mail) throws Exception {
        return ((Multipart) mail.getContent()).getBodyPart(1).getContent().toString();
    }

    /** A delivery status notification for a hard bounce, as a receiving mail server writes it (RFC 3464). */
    private static MimeMessage report(String recipient, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("MAILER-DAEMON@mx.example.org");
        message.setRecipients(Message.RecipientType.TO, "bounces@portal.example");
        message.setSubject("Undelivered Mail Returned to Sender");
        message.setSentDate(java.util.Date.from(Instant.now()));
        MimeBodyPart human = new MimeBodyPart();
        human.setText("This is the mail system. Your message could not be delivered.", "UTF-8");
        InternetHeaders statusHeaders = new InternetHeaders();
        statusHeaders.setHeader("Content-Type", "message/delivery-status");
        MimeBodyPart status = new MimeBodyPart(statusHeaders, ("Reporting-MTA: dns; mx.example.org\r\n\r\n"
            + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            + "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        InternetHeaders originalHeaders = new InternetHeaders();
        originalHeaders.setHeader("Content-Type", "text/rfc822-headers");
        MimeBodyPart original = new MimeBodyPart(originalHeaders, ("Message-ID: " + messageId + "\r\nTo: " + recipient
            + "\r\n").getBytes(StandardCharsets.US_ASCII));
        message.setContent(new MimeMultipart("report; report-type=delivery-status", human, status, original));
        message.saveChanges();
        return message;
    }
}
