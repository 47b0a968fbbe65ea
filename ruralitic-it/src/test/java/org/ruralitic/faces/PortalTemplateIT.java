package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The drop-in pages inside the portal's own layout, chosen with the one setting {@code faces.template}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalTemplateIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("portal-template")
            .addAsWebInfResource("org/ruralitic/faces/PortalTemplateIT.xhtml", "templates/portal.xhtml")
            .addAsResource(new StringAsset("faces.template=/WEB-INF/templates/portal.xhtml\n"
                + "security.csp=" + PORTAL_POLICY + "\n"), "META-INF/ruralitic.properties");
    }

    /** The policy the portal's template needs, given with the setting security.csp. */
    static final String PORTAL_POLICY = "default-src 'self'; style-src 'self' https://static.portal.example";

    @ArquillianResource
    URL deployment;

    @Test
    void thePagesSitInsideThePortalsHeaderAndFooter() {
        HttpResponse<String> page = new Visitor(deployment, "fr").get("ruralitic/programme");
        // The portal's template, the portal's policy: the library's strict one would not fit a template it cannot see.
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(PORTAL_POLICY);
        String programme = page.body();
        assertThat(programme).contains("<header class=\"portal-header\"><p>Portail du Département</p></header>")
            .contains("<footer class=\"portal-footer\">").contains("<title>Programme – RuraliTIC 2019 – Département du Cantal")
            .contains("mardi 27 août 2019").doesNotContain("rt-skip-link");
        String article = new Visitor(deployment, "fr").get("ruralitic/articles/cantal-departement-pionnier-du-numerique-rural").body();
        assertThat(article).contains("portal-header").contains("application/ld+json").contains("rt-interview");
    }
}
