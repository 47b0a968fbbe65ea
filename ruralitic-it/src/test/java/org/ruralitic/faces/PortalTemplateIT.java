package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

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
            .addAsResource(new StringAsset("faces.template=/WEB-INF/templates/portal.xhtml\n"),
                "META-INF/ruralitic.properties");
    }

    @ArquillianResource
    URL deployment;

    @Test
    void thePagesSitInsideThePortalsHeaderAndFooter() {
        String programme = new Visitor(deployment, "fr").get("ruralitic/programme").body();
        assertThat(programme).contains("<header class=\"portal-header\"><p>Portail du Département</p></header>")
            .contains("<footer class=\"portal-footer\">").contains("<title>Programme – RuraliTIC 2019 – Département du Cantal")
            .contains("mardi 27 août 2019").doesNotContain("rt-skip-link");
        String article = new Visitor(deployment, "fr").get("ruralitic/articles/cantal-departement-pionnier-du-numerique-rural").body();
        assertThat(article).contains("portal-header").contains("application/ld+json").contains("rt-interview");
    }
}
