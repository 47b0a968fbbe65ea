package org.ruralitic.faces.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.content.ContentFile;
import org.ruralitic.content.ContentFile.EditionData;
import org.ruralitic.content.ContentImporter;
import org.ruralitic.it.Agent;
import org.ruralitic.it.HtmlChecker;
import org.ruralitic.it.SamplePortal;

/**
 * The whole site's export over HTTP (issue 12), with the sample portal's real FORM login: an administrator finds it
 * on the audit page and downloads a file the importer reads, holding the demo's editions, programme and articles,
 * never kept by a cache and written to the audit log; an editor is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportIT {

    private static final String EXPORT = "ruralitic/admin/export";

    @Deployment(testable = false)
    static WebArchive portal() {
        // The portal calls its administrators "webmaster": the setting maps that role onto ours.
        return SamplePortal.war("export", Map.of("roles.administrator", "webmaster")).addClasses(Agent.class,
            HtmlChecker.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anAdministratorDownloadsTheWholeSiteAsAFileTheImporterReads() {
        Agent admin = Agent.signedIn(deployment, "admin");
        HttpResponse<String> audit = admin.get("ruralitic/admin/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        Element link = Jsoup.parse(audit.body()).selectFirst("a#export-site");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Télécharger tout le site (JSON)");
        assertThat(link.attr("href")).endsWith("/" + EXPORT);
        assertThat(HtmlChecker.errors(audit.body())).isEmpty();

        HttpResponse<String> file = admin.get(EXPORT);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
            .matches("attachment; filename=\"ruralitic-site-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        assertThat(file.headers().allValues("Cache-Control")).contains("no-store");

        ContentFile site = ContentImporter.parse(new StringReader(file.body()));
        EditionData edition = site.editions().stream().filter(e -> e.slug().equals("ruralitic-2019")).findFirst()
            .orElseThrow();
        assertThat(edition.name()).isEqualTo("RuraliTIC 2019");
        assertThat(edition.colocated()).extracting(EditionData::name).containsExactly("Smart Agri Forum");
        assertThat(edition.sessions().size() + edition.colocated().get(0).sessions().size()).isEqualTo(26);
        assertThat(edition.sessions()).filteredOn(session -> session.slug().equals("presentation-sdun-cantal"))
            .singleElement().satisfies(session -> assertThat(session.speakers()).isNotEmpty());
        assertThat(edition.partners()).hasSize(14).first()
            .satisfies(first -> assertThat(first.partner()).isEqualTo("volcans-numeriques"));
        assertThat(site.speakers()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(site.articles()).extracting(ContentFile.ArticleData::slug)
            .contains("cantal-departement-pionnier-du-numerique-rural", "ruralitic-2019-bilan");
        assertThat(site.tiers()).extracting(ContentFile.TierData::code).startsWith("founding", "official");

        // Other deployments share the database on WildFly: the entry names what this export held.
        int sessions = site.editions().stream().mapToInt(e -> e.sessions().size()
            + e.colocated().stream().mapToInt(day -> day.sessions().size()).sum()).sum();
        assertThat(admin.get("ruralitic/admin/audit").body()).contains("Export du site")
            .contains("sessions " + sessions + ", articles " + site.articles().size());
    }

    @Test
    void anEditorIsRefused() {
        Agent marie = Agent.signedIn(deployment, "marie");
        HttpResponse<String> refused = marie.get(EXPORT);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("ruralitic-2019").doesNotContain("\"sessions\"");
        assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
    }
}
