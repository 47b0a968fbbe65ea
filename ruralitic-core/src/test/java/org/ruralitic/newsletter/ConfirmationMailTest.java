package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.common.Fixture.NOW;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.mail.OutboxDispatcher;
import org.ruralitic.mail.Smtp;

/**
 * The confirmation mail as a subscriber receives it from a real SMTP server, and its links followed back into the
 * service. The database does not matter here: H2 with Hibernate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfirmationMailTest {

    private Fixture fixture;
    private Smtp smtp;
    private OutboxDispatcher dispatcher;
    private Newsletters newsletters;

    @BeforeAll
    void start() {
        fixture = new Fixture(TestDatabase.H2, JpaProvider.HIBERNATE);
        newsletters = new Newsletters(fixture);
        smtp = new Smtp();
        smtp.start();
        dispatcher = fixture.dispatcher(smtp.port());
    }

    @AfterAll
    void stop() {
        smtp.close();
        fixture.close();
    }

    private MimeMessage signUpAndReceive(String email, Locale locale) throws MessagingException {
        fixture.inTransaction(services -> services.newsletter().subscribe(email, true, locale, "/ruralitic/"));
        dispatcher.dispatchDue(NOW);
        MimeMessage[] received = smtp.start().getReceivedMessages();
        for (MimeMessage message : received) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(email))) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + email);
    }

    private static String part(MimeMessage message, int index, String type) throws MessagingException, IOException {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(index).isMimeType(type)).isTrue();
        assertThat(alternative.getBodyPart(index).getContentType()).containsIgnoringCase("charset=UTF-8");
        return (String) alternative.getBodyPart(index).getContent();
    }

    @Test
    void aSignUpSendsNothingByItselfOnlyTheDispatcherDoes() {
        fixture.inTransaction(services -> services.newsletter()
            .subscribe("waiting@example.fr", true, Locale.FRENCH, "/ruralitic/"));
        assertThat(Arrays.stream(smtp.start().getReceivedMessages()).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).doesNotContain("waiting@example.fr");
        assertThat(newsletters.outbox("waiting@example.fr")).hasSize(1);
    }

    @Test
    void aFrenchSignUpGetsAFrenchMailInTextAndHtmlWithOneClickUnsubscribeHeaders() throws Exception {
        MimeMessage mail = signUpAndReceive("jeanne@example.fr", Locale.FRENCH);

        assertThat(mail.getSubject()).isEqualTo("Confirmez votre inscription à la lettre d’information RuraliTIC");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Département du Cantal");
        String text = part(mail, 0, "text/plain");
        String html = part(mail, 1, "text/html");
        assertThat(text).startsWith("Bonjour,").contains("à l’adresse jeanne@example.fr")
            .contains("Ce lien est valable jusqu’au 5 décembre 2026.");
        assertThat(html).contains("<html lang=\"fr\">").contains("Je confirme mon inscription</a>");
        String confirm = Newsletters.confirmTokenIn(text);
        assertThat(html).contains("<a href=\"https://www.cantal.fr/ruralitic/newsletter/confirm?token=" + confirm
            + "\">");

        String listUnsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).matches("<https://www\\.cantal\\.fr/ruralitic/newsletter/unsubscribe\\?token="
            + "[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String unsubscribe = Newsletters.unsubscribeTokenIn(listUnsubscribe);
        assertThat(text).contains("Ne plus rien recevoir de notre part : https://www.cantal.fr/ruralitic/newsletter/"
            + "unsubscribe?token=" + unsubscribe);
        assertThat(html).contains("unsubscribe?token=" + unsubscribe + "\">Ne plus rien recevoir de notre part</a>");

        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(confirm)))
            .isEqualTo(ConfirmOutcome.CONFIRMED);
        assertThat(newsletters.subscription("jeanne@example.fr").orElseThrow().getStatus())
            .isEqualTo(SubscriptionStatus.CONFIRMED);
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(services -> services.newsletter()
            .unsubscribe(unsubscribe))).isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        assertThat(newsletters.subscription("jeanne@example.fr").orElseThrow().getStatus())
            .isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
    }

    @Test
    void anEnglishSignUpGetsAnEnglishMail() throws Exception {
        MimeMessage mail = signUpAndReceive("john@example.org", Locale.UK);

        assertThat(mail.getSubject()).isEqualTo("Confirm your subscription to the RuraliTIC newsletter");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        String text = part(mail, 0, "text/plain");
        assertThat(text).startsWith("Hello,").contains("This link is valid until December 5, 2026.")
            .contains("Stop receiving anything from us: https://www.cantal.fr/ruralitic/newsletter/unsubscribe?token=");
        assertThat(part(mail, 1, "text/html")).contains("<html lang=\"en\">").contains("Confirm my subscription</a>");
        assertThat(newsletters.subscription("john@example.org").orElseThrow().getLocale()).isEqualTo("en");
    }

    @Test
    void whatIsInsertedIntoTheHtmlIsEscaped() throws Exception {
        MimeMessage mail = signUpAndReceive("o'brien&co@example.fr", Locale.FRENCH);

        assertThat(part(mail, 0, "text/plain")).contains("à l’adresse o'brien&co@example.fr.");
        assertThat(part(mail, 1, "text/html")).contains("o&#39;brien&amp;co@example.fr").doesNotContain("o'brien");
    }
}
