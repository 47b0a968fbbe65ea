package org.ruralitic.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * What an article's page shows: the article with its body, edition and themes, and the links to its neighbours.
 *
 * @param article the article.
 * @param neighbours the published articles before and after it.
 * @since 0.4
 */
public record ArticleReading(Article article, Neighbours neighbours) implements Serializable {

    /**
     * @param article the article.
     * @param neighbours the published articles before and after it.
     */
    public ArticleReading {
        Objects.requireNonNull(article, "article is required");
        Objects.requireNonNull(neighbours, "neighbours are required");
    }
}
