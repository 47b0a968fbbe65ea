package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;

/**
 * What a visitor sees and does in a real browser (headless Chromium), with and without JavaScript, and what axe-core
 * finds in each page in French and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("browser").addAsWebResource("org/ruralitic/faces/BrowserIT.xhtml", "portal.xhtml");
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theBannerWritesTheDatesTheFrenchWay() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("ruralitic/");
            assertThat(browser.text("h1")).isEqualTo("RuraliTIC 2019");
            assertThat(browser.text(".rt-banner__facts time")).isEqualTo("27-28-29 août 2019");
            assertThat(browser.text(".rt-banner__venue")).contains("Centre des Congrès d'Aurillac").contains("Aurillac");
        }
    }

    @Test
    void anEnglishBrowserGetsEnglishPages() {
        try (Browser browser = new Browser(deployment, "en-GB", true)) {
            browser.open("ruralitic/");
            assertThat(browser.text(".rt-banner__facts time")).isEqualTo("27–29 August 2019");
            assertThat(browser.texts(".rt-nav__list a")).contains("Home", "Programme", "Speakers", "Partners");
        }
    }

    @Test
    void theListDroppedIntoAPortalPagePaginates() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("portal.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Portail du Département");
            assertThat(browser.all(".rt-articles__item")).hasSize(2);
            assertThat(browser.text(".rt-pagination [aria-current=page]")).isEqualTo("1");
            String firstOfPageOne = browser.text(".rt-teaser__title");
            browser.clickAndLoad(".rt-pagination a[aria-label='Page 2']");
            assertThat(browser.url()).endsWith("portal.xhtml?page=2");
            assertThat(browser.text(".rt-pagination [aria-current=page]")).isEqualTo("2");
            assertThat(browser.text(".rt-teaser__title")).isNotEqualTo(firstOfPageOne);
            browser.clickAndLoad(".rt-pagination a[rel=next]");
            assertThat(browser.text(".rt-pagination [aria-current=page]")).isEqualTo("3");
            assertThat(browser.all(".rt-pagination a[rel=next]")).isEmpty();
        }
    }

    @Test
    void theThemeFilterWorksWithoutJavaScript() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("ruralitic/articles");
            assertThat(browser.all(".rt-articles__item")).hasSize(6);
            new Select(browser.all("#rt-articles-theme").get(0)).selectByValue("agriculture");
            browser.clickAndLoad(".rt-filters button[type=submit]");
            assertThat(browser.url()).contains("theme=agriculture");
            assertThat(browser.all(".rt-articles__item")).hasSize(2);
            assertThat(new Select(browser.all("#rt-articles-theme").get(0)).getFirstSelectedOption().getText())
                .isEqualTo("Agriculture et numérique");
            assertThat(browser.texts(".rt-tags__item")).contains("Agriculture et numérique");
        }
    }

    @Test
    void theProgrammeFiltersByDayWithoutJavaScript() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("ruralitic/programme");
            assertThat(browser.texts(".rt-programme__day-title")).containsExactly("mardi 27 août 2019",
                "mercredi 28 août 2019", "jeudi 29 août 2019");
            new Select(browser.all("#rt-programme-day").get(0)).selectByValue("2019-08-28");
            browser.clickAndLoad(".rt-filters button[type=submit]");
            assertThat(browser.texts(".rt-programme__day-title")).containsExactly("mercredi 28 août 2019");
            assertThat(browser.texts(".rt-session__edition")).contains("Smart Agri Forum");
            assertThat(browser.texts(".rt-session__time")).allMatch(time -> time.matches("\\d\\d:\\d\\d à \\d\\d:\\d\\d"));
        }
    }

    @Test
    void anInterviewReadsAsQuestionsAndAnswers() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("ruralitic/articles/cantal-departement-pionnier-du-numerique-rural");
            assertThat(browser.text("h1")).isEqualTo("Cantal, Département pionnier du Numérique Rural");
            assertThat(browser.all(".rt-interview__question")).hasSize(3);
            assertThat(browser.all(".rt-interview__answer")).hasSize(3);
            assertThat(browser.text(".rt-interview__answer")).contains("92");
            assertThat(browser.all("time[datetime='2019-06-19T10:00+02:00']")).isNotEmpty();
        }
    }

    @Test
    void theWallShowsTheTiersInRankOrder() {
        try (Browser browser = new Browser(deployment, "fr-FR", false)) {
            browser.open("ruralitic/partners");
            assertThat(browser.texts(".rt-partners__tier-title")).containsExactly("Partenaire fondateur",
                "Partenaires officiels", "Fournisseurs officiels", "Partenaires média", "Partenaires associés");
            assertThat(browser.all(".rt-partners__tier--founding img.rt-partners__logo--extra-large")).hasSize(1);
            assertThat(browser.all(".rt-partners__item img")).allMatch(logo -> !logo.getAttribute("alt").isBlank());
            assertThat(browser.all(".rt-partners__item a")).allMatch(link -> link.getAttribute("href").startsWith("https://"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void noPageHasAnAccessibilityViolation(String language) {
        try (Browser browser = new Browser(deployment, language, true)) {
            for (String path : PublicPagesIT.PAGES) {
                assertThat(browser.open(path).accessibilityViolations()).as(path + " in " + language).isEmpty();
            }
            assertThat(browser.open("ruralitic/articles/no-such-article").accessibilityViolations()).isEmpty();
            assertThat(browser.open("portal.xhtml").accessibilityViolations()).isEmpty();
            // Keyboard: the first Tab reaches the skip link, which leads to the main content.
            browser.open("ruralitic/");
            assertThat(browser.all(".rt-skip-link").get(0).getAttribute("href")).endsWith("#rt-main");
            assertThat(browser.all("main#rt-main")).hasSize(1);
            assertThat(browser.all("header nav[aria-label]")).hasSize(1);
        }
    }
}
