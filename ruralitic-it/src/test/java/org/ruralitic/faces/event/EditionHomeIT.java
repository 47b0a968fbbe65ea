package org.ruralitic.faces.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * The drop-in edition home page of a WAR that holds nothing but the RuraliTIC jars and the demo content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionHomeIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("edition-home");
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theHomePageShowsTheEditionTheFrenchWay() {
        HttpResponse<String> page = new Visitor(deployment, "fr-FR,fr;q=0.9").get("ruralitic/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"rt-banner-name\" class=\"rt-banner__name\">RuraliTIC 2019</h1>")
            .contains("Le Smart Village").contains("27-28-29 août 2019").contains("Centre des Congrès d'Aurillac")
            .contains("Smart Agri Forum").contains("lang=\"fr\"");
    }

    @Test
    void anEnglishBrowserReadsTheDatesInEnglish() {
        HttpResponse<String> page = new Visitor(deployment, "en-GB,en;q=0.8").get("ruralitic/");
        assertThat(page.body()).contains("27–29 August 2019").contains("Skip to content");
    }

    @Test
    void anAnonymousVisitGetsNoSession() {
        HttpResponse<String> page = new Visitor(deployment, "fr").get("ruralitic/");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
}
