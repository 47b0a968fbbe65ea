package org.ruralitic.article;

import org.ruralitic.access.EditRefusal;

/**
 * Refuses an edit for a reason the editor can fix, named by a message key of the Faces bundle
 * ({@code ruralitic.article.*}) and the form field it concerns.
 *
 * @since 0.2
 */
public class ArticleEditException extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** The slug is another article's (or one of its former addresses). */
    public static final String SLUG_TAKEN = "ruralitic.article.slug.taken";

    /** The action does not apply to the article as it stands (publishing an article in the bin...). */
    public static final String NOT_ALLOWED_NOW = "ruralitic.article.notAllowedNow";

    /** The article is gone (deleted for good, or never was). */
    public static final String NOT_FOUND = "ruralitic.article.notFound";

    /** The bin keeps articles for 30 days only. */
    public static final String BIN_EXPIRED = "ruralitic.article.binExpired";

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    public ArticleEditException(String key, String field) {
        super(key, field);
    }
}
