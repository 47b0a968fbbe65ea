package org.ruralitic.faces.article;

import static org.ruralitic.faces.common.JsonLd.optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;

import org.ruralitic.article.Article;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.JsonLd;
import org.ruralitic.faces.common.Page;

/**
 * The schema.org {@code NewsArticle} of an article, for search engines and sharing.
 *
 * @since 0.1
 */
@Named("rtArticleJsonLd")
@ApplicationScoped
public class ArticleJsonLd {

    @Inject
    Page page;

    @Inject
    Formats formats;

    /**
     * @param article a published article.
     * @return its JSON-LD, safe inside a script element.
     */
    public String of(Article article) {
        JsonObjectBuilder json = JsonLd.object().add("@context", "https://schema.org")
            .add("@type", "NewsArticle").add("headline", article.getTitle())
            .add("datePublished", formats.iso(article.getPublishedAt()))
            .add("dateModified", formats.iso(article.getUpdatedAt()))
            .add("inLanguage", article.getLanguage())
            .add("mainEntityOfPage", page.getCanonical());
        optional(json, "description", article.getLead());
        optional(json, "image", page.absolute(article.getImageUrl()));
        if (article.getAuthor() != null) {
            json.add("author", JsonLd.object().add("@type", "Person").add("name", article.getAuthor()));
        }
        return JsonLd.script(json.build());
    }
}
