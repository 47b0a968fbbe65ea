package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.faces.common.Router;
import org.ruralitic.it.Agent;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * A portal that declares its template shows nothing per visitor ({@code faces.template.shared=true}): signed-in
 * visitors get the anonymous visitors' pages from the page cache itself. Its own deployment, apart from
 * {@link VisitorPagesIT}: the Payara Micro adapter holds one process per container, and a second deployment in one
 * class would leave the first one running.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedTemplateIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("shared-template", Map.of("faces.template", "/WEB-INF/templates/portal.xhtml",
            Router.SHARED_TEMPLATE, "true", "diagnostics.sql.count", "true", "newsletter.dispatch", "false"))
            .addClass(Agent.class)
            .addAsWebInfResource("org/ruralitic/faces/VisitorPagesIT.xhtml", "templates/portal.xhtml");
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aSignedInVisitorGetsTheAnonymousPageItselfFromThePageCache() {
        Visitor anonymous = new Visitor(deployment, VisitorPagesIT.LANGUAGE);
        Agent paul = Agent.signedIn(deployment, "paul");
        for (String path : VisitorPagesIT.PAGES) {
            HttpResponse<String> theirs = anonymous.get(path);
            assertThat(theirs.statusCode()).as(path).isEqualTo(200);
            HttpResponse<String> his = paul.get(path);
            assertThat(his.statusCode()).as(path).isEqualTo(200);
            assertThat(VisitorPagesIT.statements(his)).as(path).isZero();
            assertThat(his.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
            assertThat(his.headers().firstValue("ETag")).as(path).isPresent()
                .isEqualTo(theirs.headers().firstValue("ETag"));
            // The very page of anonymous visitors, "Invité" in it: the portal's promise, hence off by default.
            assertThat(his.body()).as(path).isEqualTo(theirs.body()).contains("<p class=\"portal-user\">Invité</p>");
        }
    }
}
