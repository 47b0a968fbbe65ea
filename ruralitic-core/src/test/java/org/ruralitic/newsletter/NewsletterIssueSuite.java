package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.Settings;
import org.ruralitic.guard.Secrets;
import org.ruralitic.mail.JakartaMailSender;
import org.ruralitic.mail.MailException;
import org.ruralitic.mail.MailSender;
import org.ruralitic.mail.OutboxMail;
import org.ruralitic.mail.OutgoingMail;
import org.ruralitic.mail.Smtp;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Newsletter issues on one database and provider, against a real SMTP (and IMAP) server: one mail per confirmed
 * subscriber, each with its own links, nobody twice and nobody skipped across a crash, an outage or a throttle; an
 * unsubscription during the send; hard bounces read from a mailbox. Run by {@code PersistenceSuite.Issues}. Each test
 * starts with no confirmed subscriber and no issue.
 */
public abstract class NewsletterIssueSuite {

    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    private static final Actor AUTHOR = Actor.of("paul", Role.AUTHOR);
    private static final Pattern SIGNED_LINK = Pattern.compile(
        "/ruralitic/newsletter/unsubscribe\\?token=(i[0-9]+\\.[A-Za-z0-9_-]{43})");

    private final Fixture fixture;
    private final Newsletters newsletters;
    private Smtp smtp;

    protected NewsletterIssueSuite(Fixture fixture) {
        this.fixture = fixture;
        this.newsletters = new Newsletters(fixture);
    }

    @BeforeEach
    void startEmpty() {
        clear();
        fixture.settings().put(IssueDispatcher.RATE, "0");
        smtp = new Smtp();
    }

    @AfterEach
    void stop() {
        smtp.close();
        fixture.settings().remove(IssueDispatcher.RATE);
        fixture.settings().remove(BounceMailbox.URL);
        clear();
    }

    // The other suites of the database count on their own subscribers only: leave none behind.
    private void clear() {
        fixture.inTransaction(services -> {
            services.entityManager().createQuery("DELETE FROM Delivery d").executeUpdate();
            services.entityManager().createQuery("DELETE FROM NewsletterIssue i").executeUpdate();
            services.entityManager().createQuery("DELETE FROM OutboxMail m").executeUpdate();
            services.entityManager().createQuery("DELETE FROM Subscription s").executeUpdate();
            return null;
        });
    }

    @Test
    void eachConfirmedSubscriberGetsTheIssueOnceWithTheirOwnUnsubscribeLink() throws Exception {
        confirmed("ana@example.fr", "bruno@example.org", "chloe@example.net");
        newsletters.subscribe(clockAt(NOW), "pending@example.fr"); // not confirmed: gets nothing
        NewsletterIssue issue = sent(draft("Lettre de décembre"));
        assertThat(issue.getRecipients()).isEqualTo(3);
        GreenMail server = smtp.start();

        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW)).isEqualTo(3);
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plusSeconds(600))).isZero();

        MimeMessage[] received = server.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (MimeMessage mail : received) {
            recipients.add(mail.getAllRecipients()[0].toString());
            assertThat(mail.getSubject()).isEqualTo("Lettre de décembre");
            String unsubscribe = mail.getHeader("List-Unsubscribe", null);
            Matcher link = SIGNED_LINK.matcher(unsubscribe);
            assertThat(link.find()).as(unsubscribe).isTrue();
            tokens.add(link.group(1));
            assertThat(GreenMailUtil.getBody(mail)).contains(link.group(1));
            assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(mail.getHeader("List-Id", null)).endsWith("<newsletter.www.cantal.fr>");
            assertThat(mail.getMessageID()).matches("<rt\\." + issue.getId() + "\\.[0-9]+\\.[^@]+@www\\.cantal\\.fr>");
        }
        assertThat(recipients).containsExactlyInAnyOrder("ana@example.fr", "bruno@example.org", "chloe@example.net");
        assertThat(tokens).doesNotHaveDuplicates();
        IssueFigures figures = figures(issue);
        assertThat(figures.sent()).isEqualTo(3);
        assertThat(figures.pending()).isZero();
        assertThat(fixture.<IssueStatus>inTransaction(services -> services.issues().find(EDITOR, issue.getId())
            .orElseThrow().getStatus())).isEqualTo(IssueStatus.SENT);

        // The link of a mail unsubscribes its recipient, and nobody else.
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(services -> services.newsletter().unsubscribe(tokens.get(0))))
            .isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        assertThat(newsletters.subscription(recipients.get(0)).orElseThrow().getStatus())
            .isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(newsletters.subscription(recipients.get(1)).orElseThrow().getStatus())
            .isEqualTo(SubscriptionStatus.CONFIRMED);
        String forged = tokens.get(1).substring(0, tokens.get(1).length() - 2) + "AA";
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(services -> services.newsletter().unsubscribe(forged)))
            .isEqualTo(UnsubscribeOutcome.UNKNOWN);
        assertThat(figures(issue).unsubscribedSince()).isEqualTo(1);
    }

    @Test
    void anAddressThatUnsubscribesDuringTheSendGetsNothingAfterThatMoment() throws Exception {
        confirmed("early@example.fr", "leaves@example.fr", "late@example.fr");
        NewsletterIssue issue = sent(draft("Pendant l’envoi"));
        GreenMail server = smtp.start();
        long leaving = newsletters.subscription("leaves@example.fr").orElseThrow().getId();
        String token = fixture.inTransaction(services -> new UnsubscribeLinks(services.secrets()).token(leaving));
        fixture.issueDispatcher(smtp.port()); // sets the SMTP settings
        // The batch is claimed, the first mail leaves; at that moment the second recipient unsubscribes.
        MailSender real = new JakartaMailSender(new Settings(fixture.settings()::get));
        AtomicInteger handed = new AtomicInteger();
        MailSender meanwhile = mail -> {
            real.send(mail);
            if (handed.incrementAndGet() == 1) {
                fixture.inTransaction(services -> services.newsletter().unsubscribe(token));
            }
        };
        IssueDispatcher dispatcher = new IssueDispatcher(fixture.transactions(), meanwhile,
            new Settings(fixture.settings()::get), new Secrets(fixture.transactions(), clockAt(NOW)));
        assertThat(dispatcher.dispatchDue(NOW)).isEqualTo(2);

        assertThat(received(server)).containsExactlyInAnyOrder("early@example.fr", "late@example.fr");
        IssueFigures figures = figures(issue);
        assertThat(figures.sent()).isEqualTo(2);
        assertThat(figures.skipped()).isEqualTo(1);
        assertThat(figures.pending()).isZero();
        assertThat(figures.unsubscribedSince()).isEqualTo(1);
    }

    @Test
    void aServerThatStopsMidSendIsResumedWithNobodyTwiceAndNobodySkipped() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            addresses.add("crash" + i + "@example.fr");
        }
        confirmed(addresses.toArray(String[]::new));
        NewsletterIssue issue = sent(draft("Reprise"));
        GreenMail server = smtp.start();
        // The first server's process dies while handing its sixth mail to SMTP: five accepted, one claimed.
        MailSender real = new JakartaMailSender(new Settings(fixture.settings()::get));
        AtomicInteger handed = new AtomicInteger();
        MailSender dying = new MailSender() {
            @Override
            public void send(OutgoingMail mail) throws MailException {
                if (handed.incrementAndGet() > 5) {
                    throw new Crash();
                }
                real.send(mail);
            }
        };
        Secrets secrets = new Secrets(fixture.transactions(), clockAt(NOW));
        fixture.issueDispatcher(smtp.port()); // sets the SMTP settings
        IssueDispatcher first = new IssueDispatcher(fixture.transactions(), dying,
            new Settings(fixture.settings()::get), secrets);
        assertThatThrownBy(() -> first.dispatchDue(NOW)).isInstanceOf(Crash.class);
        assertThat(server.getReceivedMessages()).hasSize(5);

        // Another server (or the same one, restarted) before the claim ran out: it leaves the dead one's batch alone.
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plusSeconds(30))).isZero();
        assertThat(figures(issue).pending()).isEqualTo(7);
        // Once the claim ran out, the mail that was in flight and those never tried are sent, once each.
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plus(IssueDispatcher.LEASE).plusSeconds(1)))
            .isEqualTo(7);

        assertThat(received(server)).hasSize(12).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(figures(issue).sent()).isEqualTo(12);
    }

    @Test
    void aMailServerOutageDelaysTheSendAndLosesNobody() {
        confirmed("outage1@example.fr", "outage2@example.fr");
        NewsletterIssue issue = sent(draft("Panne"));
        // No SMTP server listening: the first attempt fails and the run stops there.
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW)).isZero();
        IssueFigures down = figures(issue);
        assertThat(down.pending()).isEqualTo(2);
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plusSeconds(10))).isEqualTo(0);

        GreenMail server = smtp.start();
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plus(Duration.ofMinutes(2)))).isEqualTo(2);
        assertThat(received(server)).containsExactlyInAnyOrder("outage1@example.fr", "outage2@example.fr");
    }

    @Test
    void theRateCountsTheMailsOfTheLastMinute() {
        confirmed("rate1@example.fr", "rate2@example.fr", "rate3@example.fr");
        sent(draft("Au compte-gouttes"));
        GreenMail server = smtp.start();
        fixture.settings().put(IssueDispatcher.RATE, "2");
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW)).isEqualTo(2);
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plusSeconds(30))).isZero();
        assertThat(fixture.issueDispatcher(smtp.port()).dispatchDue(NOW.plusSeconds(61))).isEqualTo(1);
        assertThat(server.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aHardBounceReadOverImapMarksTheAddressAndLaterIssuesSkipIt() throws Exception {
        confirmed("gone@example.fr", "stays@example.fr");
        NewsletterIssue issue = sent(draft("Retours"));
        GreenMail server = smtp.start();
        fixture.issueDispatcher(smtp.port()).dispatchDue(NOW);
        MimeMessage toGone = java.util.Arrays.stream(server.getReceivedMessages()).filter(mail -> {
            try {
                return "gone@example.fr".equals(mail.getAllRecipients()[0].toString());
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();

        GreenMail mailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            .dynamicPort());
        mailbox.start();
        try {
            GreenMailUser user = mailbox.setUser("bounces@cantal.fr", "bounces", "Secret-123");
            user.deliver(report("gone@example.fr", "5.1.1", "failed", toGone.getMessageID()));
            user.deliver(report("stays@example.fr", "4.4.7", "delayed", null));
            fixture.settings().put(BounceMailbox.URL, "imap://bounces:Secret-123@127.0.0.1:"
                + mailbox.getImap().getPort() + "/INBOX");
            BounceMailbox bounces = new BounceMailbox(fixture.transactions(), new Settings(fixture.settings()::get),
                clockAt(NOW.plusSeconds(3600)));
            assertThat(bounces.read()).isEqualTo(1);
            assertThat(bounces.read()).as("reports are deleted once read").isZero();
        }
        finally {
            mailbox.stop();
        }

        Subscription gone = newsletters.subscription("gone@example.fr").orElseThrow();
        assertThat(gone.getBouncedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(gone.getBounceStatus()).isEqualTo("5.1.1");
        assertThat(newsletters.subscription("stays@example.fr").orElseThrow().getBouncedAt()).isNull();
        assertThat(figures(issue).bounced()).isEqualTo(1);
        assertThat(sent(draft("La suivante")).getRecipients()).isEqualTo(1);
    }

    @Test
    void aBounceMailboxServedOverPop3IsReadToo() throws Exception {
        confirmed("pop-gone@example.fr");
        sent(draft("Retours POP3"));
        GreenMail mailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3).dynamicPort());
        mailbox.start();
        try {
            GreenMailUser user = mailbox.setUser("bounces@cantal.fr", "bounces", "Secret-123");
            user.deliver(report("pop-gone@example.fr", "5.2.1", "failed", null));
            fixture.settings().put(BounceMailbox.URL, "pop3://bounces:Secret-123@127.0.0.1:"
                + mailbox.getPop3().getPort() + "/INBOX");
            BounceMailbox bounces = new BounceMailbox(fixture.transactions(), new Settings(fixture.settings()::get),
                clockAt(NOW));
            assertThat(bounces.read()).isEqualTo(1);
            assertThat(bounces.read()).isZero();
        }
        finally {
            mailbox.stop();
        }
        assertThat(newsletters.subscription("pop-gone@example.fr").orElseThrow().getBounceStatus()).isEqualTo("5.2.1");
    }

    @Test
    void onlyAnEditorTestsAndSendsAndASentIssueNeverChangesNorLeavesTwice() {
        confirmed("issue-once@example.fr");
        NewsletterIssue issue = fixture.inTransaction(services -> services.issues().save(AUTHOR, draft("Brouillon")));
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().send(AUTHOR, issue.getId(),
            issue.getVersion()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().sendTest(AUTHOR, issue.getId(),
            "issue-once@example.fr"))).isInstanceOf(AccessDeniedException.class);

        NewsletterIssue sending = fixture.inTransaction(services -> services.issues().send(EDITOR, issue.getId(),
            issue.getVersion()));
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().send(EDITOR, issue.getId(),
            sending.getVersion()))).isInstanceOf(IssueException.class).hasMessage(IssueException.ALREADY_SENT);
        IssueDraft change = sending.toDraft();
        change.setSubject("Changée après l’envoi");
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().save(EDITOR, change)))
            .isInstanceOf(IssueException.class).hasMessage(IssueException.ALREADY_SENT);
        assertThat(deliveries(issue.getId())).isEqualTo(1);
    }

    @Test
    void aTestGoesThroughTheOutboxToAFewValidAddressesOnly() {
        NewsletterIssue issue = fixture.inTransaction(services -> services.issues().save(EDITOR, draft("Essai")));
        List<String> to = fixture.inTransaction(services -> services.issues().sendTest(EDITOR, issue.getId(),
            "Marie@Cantal.fr; claire@cantal.fr"));
        assertThat(to).containsExactly("marie@cantal.fr", "claire@cantal.fr");
        List<OutboxMail> mails = newsletters.outbox("marie@cantal.fr");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[Essai] Essai");
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().sendTest(EDITOR, issue.getId(),
            "marie@cantal.fr, pas une adresse"))).isInstanceOf(IssueException.class)
            .hasMessage(IssueException.TEST_ADDRESSES);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.issues().sendTest(EDITOR, issue.getId(),
            "a@b.fr c@d.fr e@f.fr g@h.fr i@j.fr k@l.fr"))).isInstanceOf(IssueException.class);
        assertThat(deliveries(issue.getId())).isZero();
    }

    @Test
    void anErasedSubscriberLeavesNoDeliveryBehind() {
        confirmed("erased@example.fr", "kept@example.fr");
        NewsletterIssue issue = sent(draft("Effacement"));
        fixture.inTransaction(services -> services.newsletter().erase("erased@example.fr"));
        assertThat(deliveries(issue.getId())).isEqualTo(1);
        assertThat(newsletters.subscription("erased@example.fr")).isEmpty();
    }

    private static IssueDraft draft(String subject) {
        IssueDraft draft = new IssueDraft();
        draft.setSubject(subject);
        draft.setIntro("Bonjour, voici les *nouvelles* du mois.");
        draft.addSection();
        draft.getSections().get(0).setHeading("Le programme");
        draft.getSections().get(0).setText("Rendez-vous à [Aurillac](https://www.aurillac.fr).");
        draft.setLatestArticles(2);
        draft.setNextEdition(true);
        return draft;
    }

    private NewsletterIssue sent(IssueDraft draft) {
        NewsletterIssue saved = fixture.inTransaction(services -> services.issues().save(EDITOR, draft));
        return fixture.inTransaction(services -> services.issues().send(EDITOR, saved.getId(), saved.getVersion()));
    }

    private IssueFigures figures(NewsletterIssue issue) {
        return fixture.inTransaction(services -> services.issues().figures(EDITOR, issue.getId()));
    }

    private long deliveries(long issueId) {
        return fixture.inTransaction(services -> ((Number) services.entityManager().createNativeQuery(
            "SELECT COUNT(*) FROM rt_newsletter_delivery WHERE issue_id = ?").setParameter(1, issueId)
            .getSingleResult()).longValue());
    }

    private void confirmed(String... addresses) {
        for (String address : addresses) {
            newsletters.subscribe(clockAt(NOW), address);
            String token = newsletters.confirmToken(address);
            fixture.inTransaction(services -> services.newsletter().confirm(token));
        }
        // Their confirmation mails are not the subject here.
        fixture.inTransaction(services -> services.entityManager().createQuery("DELETE FROM OutboxMail m")
            .executeUpdate());
    }

    private static List<String> received(GreenMail server) {
        List<String> to = new ArrayList<>();
        for (MimeMessage mail : server.getReceivedMessages()) {
            try {
                to.add(mail.getAllRecipients()[0].toString());
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Collections.unmodifiableList(to);
    }

    /** A delivery status notification as a mail server writes it (RFC 3464). */
    private static MimeMessage report(String recipient, String status, String action, String messageId)
        throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("MAILER-DAEMON@mx.example.fr");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "bounces@cantal.fr");
        message.setSubject("Undelivered Mail Returned to Sender");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        InternetHeaders none = new InternetHeaders();
        none.setHeader("Content-Type", "message/delivery-status");
        MimeBodyPart fields = new MimeBodyPart(none, ("Reporting-MTA: dns; mx.example.fr\r\n\r\n"
            + "Final-Recipient: rfc822; " + recipient + "\r\nAction: " + action + "\r\nStatus: " + status
            + "\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n").getBytes(StandardCharsets.US_ASCII));
        InternetHeaders headersOnly = new InternetHeaders();
        headersOnly.setHeader("Content-Type", "text/rfc822-headers");
        MimeBodyPart original = new MimeBodyPart(headersOnly, ("From: newsletter@cantal.fr\r\nTo: " + recipient
            + "\r\n" + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + "Subject: Retours\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status", human, fields, original);
        message.setContent(report);
        message.saveChanges();
        return message;
    }

    /** What a process that dies leaves: no catch block of ours runs. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
