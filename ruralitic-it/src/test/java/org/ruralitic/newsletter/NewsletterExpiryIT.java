package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.newsletter.NewsletterIT.MAIL_TIMEOUT;
import static org.ruralitic.newsletter.NewsletterIT.signUp;
import static org.ruralitic.newsletter.NewsletterIT.unique;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.Mailbox;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * A confirmation link used after its lifetime, on a real server: a portal with links that live a few seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterExpiryIT {

    private static final Duration LIFETIME = Duration.ofSeconds(4);
    private static final Mailbox MAILBOX = new Mailbox();
    private static final Pattern CONFIRM_LINK = Pattern.compile(
        Pattern.quote(NewsletterIT.PUBLIC_ADDRESS) + "newsletter-expiry/(ruralitic/newsletter/confirm\\?token=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static WebArchive portal() {
        Map<String, String> settings = NewsletterIT.settings("newsletter-expiry", MAILBOX.port(), true);
        settings.put("newsletter.token.lifetime", LIFETIME.toString());
        return SamplePortal.war("newsletter-expiry", settings);
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
    void aLinkUsedTooLateSaysSoWithA410AndConfirmsNothing() throws InterruptedException {
        Visitor visitor = new Visitor(deployment, "fr-FR,fr;q=0.9");
        String address = unique("tardive");
        assertThat(signUp(visitor, address, true, null, visitor.origin()).statusCode()).isEqualTo(303);
        Matcher link = CONFIRM_LINK.matcher(Mailbox.text(MAILBOX.waitFor(address, MAIL_TIMEOUT)));
        assertThat(link.find()).isTrue();

        Thread.sleep(LIFETIME.toMillis() + 1000);
        HttpResponse<String> button = visitor.get(link.group(1));
        SignUpPage confirmForm = SignUpPage.of(button.body(), "/ruralitic/newsletter/confirm");
        HttpResponse<String> late = visitor.post(confirmForm.action(), confirmForm.hidden(), "Origin",
            visitor.origin());

        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("<h1>Ce lien a expiré</h1>").contains("Inscrivez-vous à nouveau")
            .doesNotContain("Exception");
        assertThat(late.headers().firstValue("Cache-Control")).contains("no-store");
        // The link was not used up: it still says expired, not "already used".
        HttpResponse<String> again = visitor.post(confirmForm.action(), confirmForm.hidden(), "Origin",
            visitor.origin());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(MAILBOX.to(address)).hasSize(1);
    }
}
