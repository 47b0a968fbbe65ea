package org.ruralitic.article;

import java.io.Serializable;

/**
 * What a link to a published article needs: its slug and title, read without the rest of the article.
 *
 * @param slug the slug of its address.
 * @param title its title.
 * @since 0.4
 */
public record ArticleLink(String slug, String title) implements Serializable {

    /** @return the slug (for Expression Language, which does not read record components as properties). */
    public String getSlug() {
        return slug;
    }

    /** @return the title. */
    public String getTitle() {
        return title;
    }
}
