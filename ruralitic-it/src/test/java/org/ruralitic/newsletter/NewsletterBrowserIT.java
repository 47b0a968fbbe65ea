package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;

/**
 * The sign-up form in a real browser (headless Chromium): with JavaScript the outcome and the errors appear in the
 * page without loading another one; without it the form posts and redirects; axe-core finds nothing in its pages, in
 * French and English, errors shown or not. This deployment does not send its mails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterBrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        // Port 9 ("discard"): nothing is sent anyway, dispatching is off.
        return SamplePortal.war("newsletter-browser", NewsletterIT.settings("newsletter-browser", 9, false))
            .addAsWebResource("org/ruralitic/newsletter/NewsletterBrowserIT.xhtml", "portal.xhtml");
    }

    @ArquillianResource
    URL deployment;

    @Test
    void withJavaScriptTheOutcomeAppearsInThePortalPageWithoutLeavingIt() {
        try (Browser browser = new Browser(deployment, "fr-FR", true)) {
            browser.open("portal.xhtml");
            String address = browser.url();
            browser.script("window.rtSamePage = true;");
            NewsletterIT.pause();
            browser.type("#rt-email", "jeanne@");
            browser.click(".rt-signup button[type=submit]");
            assertThat(browser.waitForText(".rt-signup__status", "Le formulaire contient des erreurs"))
                .contains("Cette adresse électronique n’est pas valide.")
                .contains("Cochez la case pour accepter de recevoir la lettre d’information.");
            assertThat(browser.focused()).isEqualTo("rt-email");
            assertThat(browser.all("#rt-email[aria-invalid=true][aria-describedby='rt-email-hint rt-email-error']")).hasSize(1);
            assertThat(browser.text("#rt-consent-error")).isEqualTo("Cochez la case pour accepter de recevoir la lettre d’information.");
            assertThat(browser.accessibilityViolations()).as("errors shown by the script").isEmpty();

            browser.type("#rt-email", NewsletterIT.unique("ajax"));
            browser.click("#rt-consent");
            browser.click(".rt-signup button[type=submit]");
            assertThat(browser.waitForText(".rt-signup__status", "Vérifiez votre boîte de réception"))
                .contains("ouvrez le lien qu'il contient");
            assertThat(browser.url()).isEqualTo(address);
            assertThat(browser.script("return window.rtSamePage === true;")).isEqualTo(true);
            assertThat(browser.all("#rt-email-error")).isEmpty();
            assertThat(browser.all(".rt-signup__form")).allMatch(form -> !form.isDisplayed());
        }
    }

    @Test
    void withoutJavaScriptTheFormPostsThenRedirectsToTheOutcome() {
        try (Browser browser = new Browser(deployment, "en-GB", false)) {
            browser.open("ruralitic/newsletter");
            NewsletterIT.pause();
            browser.type("#rt-email", "jeanne@");
            browser.clickAndLoad(".rt-signup button[type=submit]");
            assertThat(browser.text("#rt-email-error")).isEqualTo("This e-mail address is not valid.");
            assertThat(browser.all("#rt-email")).allMatch(field -> "jeanne@".equals(field.getAttribute("value")));
            assertThat(browser.all("#rt-email[autofocus]")).hasSize(1);

            browser.type("#rt-email", NewsletterIT.unique("plain"));
            browser.click("#rt-consent");
            browser.clickAndLoad(".rt-signup button[type=submit]");
            assertThat(browser.url()).endsWith("/ruralitic/newsletter/check-your-inbox?lang=en");
            assertThat(browser.text("h1")).isEqualTo("Check your inbox");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void theNewsletterPagesHaveNoAccessibilityViolation(String language) {
        try (Browser browser = new Browser(deployment, language, true)) {
            for (String path : List.of("ruralitic/newsletter", "ruralitic/newsletter/check-your-inbox",
                "ruralitic/newsletter/confirm?token=abc", "ruralitic/newsletter/unsubscribe?token=abc",
                "ruralitic/newsletter/confirm", "portal.xhtml")) {
                assertThat(browser.open(path).accessibilityViolations()).as(path + " in " + language).isEmpty();
            }
            // The form posted without the script: the server's page with its errors.
            browser.open("ruralitic/newsletter");
            NewsletterIT.pause();
            browser.script("HTMLFormElement.prototype.submit.call(document.querySelector('form[data-rt-signup]'));");
            browser.waitForText(".rt-signup__errors", "en-GB".equals(language) ? "The form has errors" : "Le formulaire contient des erreurs");
            assertThat(browser.all("#rt-email[aria-invalid=true]")).hasSize(1);
            assertThat(browser.accessibilityViolations()).as("errors from the server in " + language).isEmpty();
            // The outcome of a link, after its button.
            browser.open("ruralitic/newsletter/confirm?token=no-such-token");
            browser.clickAndLoad(".rt-newsletter button[type=submit]");
            assertThat(browser.text("h1")).isIn("Lien de confirmation inconnu", "Unknown confirmation link");
            assertThat(browser.accessibilityViolations()).as("outcome in " + language).isEmpty();
        }
    }
}
