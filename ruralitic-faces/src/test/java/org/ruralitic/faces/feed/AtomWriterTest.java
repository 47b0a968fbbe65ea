package org.ruralitic.faces.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.theme.Theme;

/**
 * What the Atom writer writes, read back by Rome, a real feed parser.
 */
class AtomWriterTest {

    @Test
    void entriesCarryTheirIdentityDatesAuthorAndThemes() throws Exception {
        Article interview = new Article("cantal-pionnier", "Cantal <pionnier> & fier", "fr",
            Instant.parse("2019-06-19T08:00:00Z"));
        interview.introduce("Un entretien sur « CyberCantal » & la fibre.", "Camille Ferrand",
            Instant.parse("2019-06-19T08:00:00Z"));
        interview.publish(Instant.parse("2019-06-19T08:00:00Z"), Instant.parse("2019-06-20T08:00:00Z"));
        interview.touchedAt(Instant.parse("2019-06-19T08:00:00Z"));
        interview.fileUnder(new Theme("tres-haut-debit", new LocalizedLabel("Très haut débit", "Very high speed")));
        byte[] atom = AtomWriter.feed(List.of(interview), "https://www.example.org/ruralitic",
            "https://www.example.org/ruralitic/feed/articles.atom?lang=fr", "fr");

        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(atom), StandardCharsets.UTF_8));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("https://www.example.org/ruralitic/feed/articles.atom?lang=fr");
        assertThat(feed.getTitle()).isEqualTo("RuraliTIC – Actualités");
        assertThat(feed.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2019-06-19T08:00:00Z"));
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Cantal <pionnier> & fier");
        assertThat(entry.getUri()).isEqualTo("https://www.example.org/ruralitic/articles/cantal-pionnier");
        assertThat(entry.getLink()).isEqualTo("https://www.example.org/ruralitic/articles/cantal-pionnier");
        assertThat(entry.getDescription().getValue()).isEqualTo("Un entretien sur « CyberCantal » & la fibre.");
        assertThat(entry.getAuthor()).isEqualTo("Camille Ferrand");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2019-06-19T08:00:00Z"));
        assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2019-06-19T08:00:00Z"));
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("tres-haut-debit");
    }

    @Test
    void theBodyIsEscapedFormattedHtmlWithoutAnythingHostile() throws Exception {
        Article article = new Article("formatage", "Formatage", "fr", Instant.parse("2019-06-19T08:00:00Z"));
        article.publish(Instant.parse("2019-06-19T08:00:00Z"), Instant.parse("2019-06-20T08:00:00Z"));
        article.touchedAt(Instant.parse("2019-06-19T08:00:00Z"));
        article.append(ArticleBlock.paragraph("Un *mot* et [le site](https://ruralitic.fr) <script>alert(1)</script>"));
        article.append(ArticleBlock.heading("Titre <img src=x onerror=alert(1)>"));
        article.append(ArticleBlock.questionAnswer("Pourquoi ?", "- parce que\n- [clic](javascript:alert(1))"));
        article.append(ArticleBlock.quotation("« Vive la **fibre** »", "Un maire"));
        article.append(ArticleBlock.image("/images/vaches.jpg", "Des vaches \"salers\"", null));
        byte[] atom = AtomWriter.feed(List.of(article), "https://www.example.org/portail/ruralitic",
            "https://www.example.org/portail/ruralitic/feed/articles.atom", "fr");

        assertThat(new String(atom, StandardCharsets.UTF_8)).contains("<content type=\"html\">&lt;p&gt;Un &lt;em&gt;mot");
        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(atom), StandardCharsets.UTF_8));
        SyndContent content = feed.getEntries().get(0).getContents().get(0);
        assertThat(content.getType()).isEqualTo("html");
        String html = content.getValue();
        assertThat(html).contains("<p>Un <em>mot</em> et <a href=\"https://ruralitic.fr\" rel=\"nofollow noopener\">le site</a>"
                + " &lt;script&gt;alert(1)&lt;/script&gt;</p>")
            .contains("<h2>Titre &lt;img src=x onerror=alert(1)&gt;</h2>")
            .contains("<p><strong>Pourquoi ?</strong></p>\n<ul>\n<li>parce que</li>\n<li>clic</li>\n</ul>")
            .contains("<blockquote><p>« Vive la <strong>fibre</strong> »</p>\n<p>— Un maire</p></blockquote>")
            .contains("<img src=\"https://www.example.org/portail/images/vaches.jpg\" alt=\"Des vaches &quot;salers&quot;\"/>")
            .doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        byte[] atom = AtomWriter.feed(List.of(), "https://www.example.org/ruralitic",
            "https://www.example.org/ruralitic/feed/articles.atom", null);
        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(atom), StandardCharsets.UTF_8));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getAuthors()).isNotEmpty();
    }
}
