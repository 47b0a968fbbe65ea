package org.ruralitic.faces.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Browser;
import org.ruralitic.it.Agent;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The partners' back-office over HTTP, with the sample portal's real FORM login and a browser without JavaScript: an
 * editor creates a partner with a logo from the media library, puts it on the demo edition's wall, moves it up, and
 * visitors see it in that order at once; a hostile name stays text; an author is refused the pages and their forms.
 * Every test takes off and deletes what it created.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerBackOfficeIT {

    private static final Pattern SAVED_ID = Pattern.compile("/ruralitic/admin/partners/(\\d+)\\?done=saved");
    private static final String DEMO_EDITION = "RuraliTIC 2019";
    private static final String HOSTILE = "<script>alert('partenaire')</script>";

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("partners").addClass(Agent.class);
    }

    @ArquillianResource
    URL deployment;

    private Long created;
    private String wall;

    @AfterEach
    void takeOffAndDelete() {
        if (created == null) {
            return;
        }
        Agent marie = Agent.signedIn(deployment, "marie");
        if (wall != null) {
            HttpResponse<String> page = marie.get(wall);
            Element place = placeOf(page, created);
            if (place != null) {
                marie.submit(page, place.selectFirst("form").id(), "action=remove", Map.of());
            }
        }
        HttpResponse<String> form = marie.get("ruralitic/admin/partners/" + created);
        if (form.statusCode() == 200 && form.body().contains("value=\"delete\"")) {
            HttpResponse<String> deleted = marie.submit(form, "partner", "action=delete", Map.of());
            assertThat(deleted.body()).contains("Le partenaire est supprimé.");
        }
        created = null;
    }

    @Test
    void anEditorAddsAPartnerWithALogoMovesItUpAndVisitorsSeeItInThatOrderAtOnce() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = HOSTILE + " Coopérative " + tag;
        String alt = "Coopérative " + tag + " " + HOSTILE;
        Agent marie = Agent.signedIn(deployment, "marie");
        String logo = upload(marie, "coop-" + tag + ".png", "Logo de la coopérative " + tag);

        Visitor visitor = new Visitor(deployment, "fr");
        String publicWall = "ruralitic/partners?edition=ruralitic-2019";
        List<String> before = officialAlts(visitor.get(publicWall).body()); // now in the page cache

        HttpResponse<String> page = marie.get("ruralitic/admin/partners");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        String option = optionValue(page, "logoUrl", "coop-" + tag + ".png");
        assertThat(option).isEqualTo(logo);

        HttpResponse<String> refused = marie.submit(page, "partner", "action=save", Map.of("name", name,
            "websiteUrl", "https://cooperative.example/" + tag, "logoUrl", logo, "logoAlt", " "));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Indiquez le texte du logo").contains("id=\"error-logoAlt\"")
            .contains("aria-invalid=\"true\"").doesNotContain(HOSTILE);
        assertThat(Jsoup.parse(refused.body()).getElementById("name").val()).isEqualTo(name);

        HttpResponse<String> saved = marie.submit(refused, "partner", "action=save", Map.of("logoAlt", alt));
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).as(saved.uri() + "\n" + saved.body()).isTrue();
        created = Long.valueOf(id.group(1));
        assertThat(saved.body()).contains("Le partenaire est enregistré.").doesNotContain(HOSTILE)
            .contains("&lt;script&gt;");

        wall = wallOf(marie);
        HttpResponse<String> wallPage = marie.get(wall);
        HttpResponse<String> added = marie.submit(wallPage, "add", "action=add", Map.of("partner",
            String.valueOf(created), "tier", optionValue(wallPage, "tier", "Partenaires officiels")));
        assertThat(added.body()).contains("Le partenaire est ajouté, en dernier de son niveau.");
        List<String> official = officialNames(added);
        assertThat(official).last().isEqualTo(name);
        assertThat(added.body()).doesNotContain(HOSTILE);

        Element place = placeOf(added, created);
        HttpResponse<String> moved = marie.submit(added, place.selectFirst("form").id(), "action=up", Map.of());
        assertThat(moved.body()).contains("L’ordre est enregistré.");
        List<String> after = officialNames(moved);
        assertThat(after).hasSize(official.size());
        assertThat(after.get(after.size() - 2)).isEqualTo(name);
        assertThat(after.get(after.size() - 1)).isEqualTo(official.get(official.size() - 2));

        String shown = visitor.get(publicWall).body();
        assertThat(shown).doesNotContain(HOSTILE);
        List<String> alts = officialAlts(shown);
        assertThat(alts).hasSize(before.size() + 1);
        assertThat(alts.get(alts.size() - 2)).isEqualTo(alt);
        assertThat(alts.get(alts.size() - 1)).isEqualTo(before.get(before.size() - 1));
        Element image = Jsoup.parse(shown).select("section.rt-partners__tier--official img[alt=\"" + alt.replace("\"",
            "\\\"") + "\"]").first();
        assertThat(image).isNotNull();
        assertThat(image.attr("src")).endsWith(logo);
        assertThat(image.parent().attr("href")).isEqualTo("https://cooperative.example/" + tag);
    }

    @Test
    void anAuthorIsRefusedThePagesAndTheirFormsAndAVisitorMeetsTheLogin() {
        Agent paul = Agent.signedIn(deployment, "paul");
        for (String path : List.of("ruralitic/admin/partners", "ruralitic/admin/tiers", "ruralitic/admin/themes")) {
            HttpResponse<String> page = paul.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("Votre rôle ne permet pas cette action.")
                .doesNotContain("<form id=\"partner\"").doesNotContain("<form id=\"tier\"");
        }
        String name = "Partenaire de Paul " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> post = paul.post("ruralitic/admin/partners", Map.of("action", "save", "name", name),
            "Origin", deployment.getProtocol() + "://" + deployment.getAuthority());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(Agent.signedIn(deployment, "marie").get("ruralitic/admin/partners").body()).doesNotContain(name);

        HttpResponse<String> anonymous = new Agent(deployment, "fr").get("ruralitic/admin/partners");
        assertThat(anonymous.body()).contains("j_security_check").doesNotContain("<form id=\"partner\"");
    }

    @Test
    void theSecondOfTwoEditorsIsRefusedAndKeepsWhatSheTyped() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Agent claire = Agent.signedIn(deployment, "claire");
        String name = "Partenaire disputé " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> saved = marie.submit(marie.get("ruralitic/admin/partners"), "partner", "action=save",
            Map.of("name", name));
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).as(saved.body()).isTrue();
        created = Long.valueOf(id.group(1));
        HttpResponse<String> hers = marie.get("ruralitic/admin/partners/" + created);
        HttpResponse<String> mine = claire.get("ruralitic/admin/partners/" + created);
        assertThat(marie.submit(hers, "partner", "action=save", Map.of("name", name + " (Marie)")).body())
            .contains("Le partenaire est enregistré.");
        HttpResponse<String> refused = claire.submit(mine, "partner", "action=save", Map.of("name", name + " (Claire)",
            "description", "Texte de Claire"));
        assertThat(refused.body()).contains("Quelqu’un d’autre a modifié cet élément").contains("Texte de Claire");
        assertThat(Jsoup.parse(refused.body()).getElementById("name").val()).isEqualTo(name + " (Claire)");
        assertThat(marie.get("ruralitic/admin/partners").body()).contains(name + " (Marie)")
            .doesNotContain(name + " (Claire)");
    }

    @Test
    void tiersMoveWithPlainButtonsAndTheWallFollowsAtOnce() {
        Agent marie = Agent.signedIn(deployment, "marie");
        Visitor visitor = new Visitor(deployment, "fr");
        String publicWall = "ruralitic/partners?edition=ruralitic-2019";
        List<String> before = tierOrder(visitor.get(publicWall).body());
        assertThat(before).containsSubsequence("supplier", "media");
        HttpResponse<String> tiers = marie.get("ruralitic/admin/tiers");
        String media = Jsoup.parse(tiers.body()).select("#tiers tbody tr").stream()
            .filter(row -> row.select("code").text().equals("media")).findFirst().orElseThrow().selectFirst("form")
            .id();
        HttpResponse<String> up = marie.submit(tiers, media, "action=up", Map.of());
        try {
            assertThat(up.body()).contains("L’ordre des niveaux est enregistré.");
            List<String> after = tierOrder(visitor.get(publicWall).body());
            assertThat(after.indexOf("media")).isEqualTo(before.indexOf("supplier"));
            assertThat(after.indexOf("supplier")).isEqualTo(before.indexOf("media"));
        }
        finally {
            HttpResponse<String> down = marie.submit(up, media, "action=down", Map.of());
            assertThat(down.body()).contains("L’ordre des niveaux est enregistré.");
        }
        assertThat(tierOrder(visitor.get(publicWall).body())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void thePagesHaveNoAccessibilityViolationBlankOrWithAMessage(String language) {
        String wallPath = wallOf(Agent.signedIn(deployment, "marie")).substring(deployment.getPath().length());
        try (Browser browser = Browser.signedIn(deployment, language, "marie")) {
            for (String path : List.of("ruralitic/admin/partners", "ruralitic/admin/tiers", "ruralitic/admin/themes",
                wallPath)) {
                assertThat(browser.open(path).accessibilityViolations()).as(path + " " + language).isEmpty();
            }
            browser.open("ruralitic/admin/partners").clickAndLoad("#partner button[value=save]");
            assertThat(browser.text("#error-name")).isEqualTo(language.startsWith("fr")
                ? "Indiquez le nom du partenaire." : "Give the partner’s name.");
            assertThat(browser.accessibilityViolations()).as("partner form with an error " + language).isEmpty();
            browser.open(wallPath).clickAndLoad("#add button[value=add]");
            assertThat(browser.text("#error-partner")).isEqualTo(language.startsWith("fr")
                ? "Choisissez un partenaire." : "Choose a partner.");
            assertThat(browser.accessibilityViolations()).as("wall with an error " + language).isEmpty();
        }
    }

    private static List<String> tierOrder(String publicWall) {
        return Jsoup.parse(publicWall).select("section.rt-partners__tier").stream()
            .map(section -> section.className().replaceAll(".*rt-partners__tier--(\\S+).*", "$1")).toList();
    }

    /** Uploads a small PNG to the media library as {@code agent}; returns its address. */
    private static String upload(Agent agent, String fileName, String alt) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        HttpResponse<String> page = agent.get("ruralitic/admin/media");
        HttpResponse<String> added = agent.upload(page, "rt-media-upload", "rt-media-upload:submit",
            Map.of("rt-media-upload:alt", alt), "rt-media-upload:file", fileName, "image/png", png.toByteArray());
        assertThat(added.body()).contains("a été ajoutée");
        return optionValue(agent.get("ruralitic/admin/partners"), "logoUrl", fileName);
    }

    /** @return the address of the demo edition's wall in the back-office, from the partners' page. */
    private static String wallOf(Agent agent) {
        Document page = Jsoup.parse(agent.get("ruralitic/admin/partners").body());
        Element link = page.select("a[href*=/ruralitic/admin/editions/]").stream()
            .filter(anchor -> anchor.text().equals(DEMO_EDITION)).findFirst().orElseThrow();
        return link.attr("href");
    }

    private static String optionValue(HttpResponse<String> page, String select, String text) {
        return Jsoup.parse(page.body()).select("select#" + select + " option").stream()
            .filter(option -> option.text().contains(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no option " + text + " in " + select)).val();
    }

    private static List<String> officialNames(HttpResponse<String> wallPage) {
        return Jsoup.parse(wallPage.body()).select("#places-official > li .rt-admin-order__name").eachText();
    }

    private static Element placeOf(HttpResponse<String> wallPage, long partner) {
        return Jsoup.parse(wallPage.body()).select("ol.rt-admin-order > li[data-partner=" + partner + "]").first();
    }

    private static List<String> officialAlts(String publicWall) {
        return Jsoup.parse(publicWall).select("section.rt-partners__tier--official li").stream()
            .map(item -> item.selectFirst("img") != null ? item.selectFirst("img").attr("alt") : item.text())
            .toList();
    }
}
