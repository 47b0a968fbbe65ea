package org.ruralitic.article;

/**
 * What the back-office's list of articles is filtered by; each {@code null} means "any".
 *
 * @param text words of the title.
 * @param status a status.
 * @param themeCode a theme.
 * @param language a language.
 * @param editionSlug an edition.
 * @param inBin {@code true} for the bin (deleted articles only), {@code false} for the others.
 * @since 0.2
 */
public record ArticleQuery(String text, ArticleStatus status, String themeCode, String language, String editionSlug,
    boolean inBin) {

    /** Every article out of the bin. */
    public static final ArticleQuery ALL = new ArticleQuery(null, null, null, null, null, false);

    /** The bin. */
    public static final ArticleQuery BIN = new ArticleQuery(null, null, null, null, null, true);
}
