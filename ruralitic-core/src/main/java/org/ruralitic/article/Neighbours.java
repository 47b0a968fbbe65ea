package org.ruralitic.article;

import java.io.Serializable;

/**
 * The published articles before and after one, in the same language, for "previous/next" links.
 *
 * @param previous the article published just before, or {@code null}.
 * @param next the article published just after, or {@code null}.
 * @since 0.1
 */
public record Neighbours(ArticleLink previous, ArticleLink next) implements Serializable {
}
