package org.ruralitic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.Visitor;

/**
 * An article with Markdown and hostile text in every block (imported from a second content file, as a portal's own
 * jar would bring it): formatted on the public page and in the API's {@code html}, and not one element or attribute
 * of the hostile text comes out as markup.
 * <p>
 * The article is ARCHIVED: readable at its address, in no list, feed or sitemap. The server's default database is
 * shared by every deployment of a run, and the other tests count the demo's articles. The feed's content is
 * {@code AtomWriterTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormattedTextIT {

    private static final String SLUG = "mise-en-forme-hostile";

    @Deployment(testable = false)
    static WebArchive portal() {
        JavaArchive content = ShrinkWrap.create(JavaArchive.class, "formatted-content.jar").addAsResource(
            new ClassLoaderAsset("org/ruralitic/text/FormattedTextIT-content.json"), "META-INF/ruralitic-content.json");
        return SamplePortal.war("formatted-text").addAsLibrary(content);
    }

    @ArquillianResource
    URL deployment;

    private Visitor visitor() {
        return new Visitor(deployment, "fr");
    }

    @Test
    void theArticlePageShowsTheFormattingAndNoneOfTheHostileMarkup() {
        HttpResponse<String> page = visitor().get("ruralitic/articles/" + SLUG);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body().substring(page.body().indexOf("<div class=\"rt-article__body\">"));
        assertThat(body).contains("<p>Un <em>mot</em>, du <strong>gras</strong> et "
                + "<a href=\"https://ruralitic.fr\" rel=\"nofollow noopener\">le site</a> &lt;script&gt;alert(1)&lt;/script&gt;</p>")
            .contains("<li>un</li>").contains("<li>deux</li>")
            .contains("<h2>Titre &lt;img src=x onerror=alert(1)&gt;</h2>")
            .contains("Pourquoi *pas* ?")
            .contains("clic et là &lt;img src=x onerror=alert(1)&gt;").contains("<li>premier</li>")
            .contains("&lt;svg onload=alert(1)&gt; Vive la <strong>fibre</strong>")
            .contains("— Un maire &lt;b&gt;élu&lt;/b&gt;");
        // The one script element is the page's JSON-LD, in which every < is written \u003c.
        assertThat(page.body().replace("<script type=\"application/ld+json\">", ""))
            .doesNotContainIgnoringCase("<script").doesNotContain("<img src=x").doesNotContainIgnoringCase("<svg")
            .doesNotContainIgnoringCase("javascript:").doesNotContain("<b>élu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiKeepsTheTextAndAddsItsHtml() throws Exception {
        HttpResponse<String> answer = visitor().get("ruralitic/api/v1/articles/" + SLUG);
        assertThat(answer.statusCode()).isEqualTo(200);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Map<String, Object> article = jsonb.fromJson(answer.body(), Map.class);
            List<Map<String, Object>> blocks = (List<Map<String, Object>>) article.get("blocks");
            assertThat(blocks.get(0).get("text")).isEqualTo(
                "Un *mot*, du **gras** et [le site](https://ruralitic.fr) <script>alert(1)</script>\n\n- un\n- deux");
            assertThat((String) blocks.get(0).get("html")).startsWith("<p>Un <em>mot</em>")
                .contains("&lt;script&gt;").doesNotContain("<script");
            assertThat(blocks.get(1)).doesNotContainKey("html");
            assertThat((String) blocks.get(2).get("html")).contains("<ol>").doesNotContain("javascript:")
                .doesNotContain("<img");
            assertThat((String) blocks.get(3).get("html")).contains("<strong>fibre</strong>").doesNotContain("<svg");
        }
    }
}
