package org.ruralitic.faces.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;

/**
 * A year of the conference run from the browser, as an editor clicks it: next year's edition started from this
 * year's and published, a partner with a logo from the media library put on its wall, a speaker, two sessions (the
 * second clashing with the first, warned about, saved anyway), and all of it found by a visitor on the public pages,
 * the calendar and the API. What it creates is removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConferenceYearBrowserIT {

    private static final String DEMO = "RuraliTIC 2019";

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("conference-year").addClasses(Agent.class, EditionRows.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anEditorRunsNextYearFromTheBrowserAndVisitorsFindItEverywhere() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String partner = "Fibre du Cantal " + suffix;
        String speaker = "Lou Intervenante " + suffix;
        String first = "Ouverture " + suffix;
        String second = "Atelier en parallèle " + suffix;
        Agent marie = Agent.signedIn(deployment, "marie");
        String logo = upload(marie, "fibre-" + suffix + ".png", "Logo de Fibre du Cantal");
        String slug = null;
        List<String> cleanUp = new ArrayList<>();
        try (Browser browser = Browser.signedIn(deployment, "fr-FR", "marie")) {
            // Next year's edition, from this year's, published.
            browser.open("ruralitic/admin/editions");
            String demo = browser.all("tbody th a").stream().filter(link -> link.getText().equals(DEMO))
                .findFirst().orElseThrow().getAttribute("href");
            browser.visit(demo).clickAndLoad("#next button[value=next]");
            assertThat(browser.text("#done")).contains("L’édition de l’année suivante a été préparée");
            slug = (String) browser.script("return document.getElementById('slug').value");
            String day = (String) browser.script("return document.getElementById('startDay').value");
            String edition = browser.url().replaceAll(".*/editions/(\\d+).*", "$1");
            browser.script("document.getElementById('status').value = 'PUBLISHED'");
            browser.clickAndLoad("#edition button[value=save]");
            assertThat(browser.text("#done")).contains("L’édition a été enregistrée");

            // A partner with its logo, on the new edition's wall.
            browser.open("ruralitic/admin/partners").type("#name", partner)
                .type("#websiteUrl", "https://fibre.example.org/").type("#logoAlt", "Logo de Fibre du Cantal");
            choose(browser, "#logoUrl", logo);
            browser.clickAndLoad("#partner button[value=save]");
            assertThat(browser.text("main")).contains("Le partenaire est enregistré");
            browser.open("ruralitic/admin/editions/" + edition + "/partners");
            chooseByText(browser, "#partner", partner);
            browser.script("var tier = document.getElementById('tier'); tier.selectedIndex = 1;");
            browser.clickAndLoad("#add button[value=add]");
            assertThat(browser.text("main")).contains(partner);

            // A speaker, then two sessions at the same time in the same room.
            browser.open("ruralitic/admin/speakers/new").type("#name", speaker).type("#role", "Cheffe de projet")
                .type("#organisation", "Commune d’Aurillac").clickAndLoad("#speaker button[value=save]");
            assertThat(browser.text("main")).contains("L’intervenant est enregistré");
            cleanUp.add(browser.url().replaceAll("\\?.*", ""));
            for (String title : List.of(first, second)) {
                browser.open("ruralitic/admin/editions/" + edition + "/programme").clickAndLoad("#new-session")
                    .type("#title", title).type("#room", "Salle Jean Moulin");
                browser.script("document.getElementById('day').value = arguments[0];"
                    + " document.getElementById('start').value = '10:00';"
                    + " document.getElementById('end').value = '11:00';", day);
                chooseByText(browser, "#speaker-0", speaker);
                browser.clickAndLoad("#session button[value=save]");
                if (title.equals(second)) {
                    assertThat(browser.text("#rt-warnings")).contains(speaker + " intervient déjà dans « " + first)
                        .contains("La salle Salle Jean Moulin est déjà prise");
                    assertThat(browser.accessibilityViolations()).as("the warnings").isEmpty();
                    browser.clickAndLoad("#save-anyway");
                }
                assertThat(browser.text("main")).contains("La session est enregistrée");
                cleanUp.add(0, browser.url().replaceAll("\\?.*", ""));
            }

            // What a visitor finds.
            browser.open("ruralitic/programme?edition=" + slug);
            assertThat(browser.text("main")).contains(first).contains(second).contains(speaker);
            browser.open("ruralitic/partners?edition=" + slug);
            assertThat(browser.all("img[alt='Logo de Fibre du Cantal']")).isNotEmpty();
            assertThat(browser.all("a[href^='https://fibre.example.org'] img[alt='Logo de Fibre du Cantal']"))
                .as("the logo, a link to the partner's site").isNotEmpty();
            Agent visitor = new Agent(deployment, "fr-FR");
            assertThat(visitor.get("ruralitic/calendar/" + slug + "/programme.ics").body())
                .contains("SUMMARY:" + first).contains("SUMMARY:" + second);
            assertThat(visitor.get("ruralitic/api/v1/editions/" + slug + "/programme").body()).contains(first)
                .contains(second).contains(speaker);
            assertThat(visitor.get("ruralitic/api/v1/editions/" + slug).body()).contains(slug);
        }
        finally {
            for (String address : cleanUp) {
                String path = address.replaceFirst("^.*?/ruralitic/", "ruralitic/");
                HttpResponse<String> form = marie.get(path);
                if (path.contains("/sessions/") && form.statusCode() == 200) {
                    marie.submit(form, "session", "action=delete", Map.of("confirmDelete", "on"));
                }
            }
            if (slug != null) {
                removeCreated(marie, cleanUp, slug, partner);
            }
        }
    }

    private void removeCreated(Agent marie, List<String> cleanUp, String slug, String partner) {
        for (String address : cleanUp) {
            String path = address.replaceFirst("^.*?/ruralitic/", "ruralitic/");
            HttpResponse<String> form = marie.get(path);
            if (path.contains("/speakers/") && form.statusCode() == 200) {
                marie.submit(form, "speaker", "action=remove", Map.of("confirmRemove", "on"));
            }
        }
        marie.post("test/editions?slug=" + slug, Map.of());
        Element link = Jsoup.parse(marie.get("ruralitic/admin/partners").body()).select("a").stream()
            .filter(anchor -> anchor.text().equals(partner)).findFirst().orElse(null);
        if (link != null) {
            HttpResponse<String> form = marie.get(link.attr("href").replaceFirst("^/[^/]+/", ""));
            marie.submit(form, "partner", "action=delete", Map.of());
        }
    }

    private static void choose(Browser browser, String select, String value) {
        browser.script("document.querySelector(arguments[0]).value = arguments[1];", select, value);
    }

    private static void chooseByText(Browser browser, String select, String text) {
        Object found = browser.script("var s = document.querySelector(arguments[0]);"
            + " for (var i = 0; i < s.options.length; i++) { if (s.options[i].text.indexOf(arguments[1]) >= 0)"
            + " { s.selectedIndex = i; return true; } } return false;", select, text);
        assertThat(found).as(text + " in " + select).isEqualTo(Boolean.TRUE);
    }

    /** Uploads a small PNG to the media library; returns its address, as the partner form offers it. */
    private static String upload(Agent agent, String fileName, String alt) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        HttpResponse<String> added = agent.upload(agent.get("ruralitic/admin/media"), "rt-media-upload",
            "rt-media-upload:submit", Map.of("rt-media-upload:alt", alt), "rt-media-upload:file", fileName,
            "image/png", png.toByteArray());
        assertThat(added.body()).contains("a été ajoutée");
        return Jsoup.parse(agent.get("ruralitic/admin/partners").body()).select("select#logoUrl option").stream()
            .filter(option -> option.text().contains(fileName)).findFirst().orElseThrow().val();
    }
}
