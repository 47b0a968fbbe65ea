package org.ruralitic.legal;

/**
 * The public-sector pages of a portal.
 *
 * @since 0.3
 */
public enum LegalPageKind {
    /** The accessibility statement (RGAA 4.1, article 47 of the law of 11 February 2005). */
    ACCESSIBILITY("accessibility"),
    /** The legal notice: publisher, publication director, host (LCEN, article 6). */
    LEGAL_NOTICE("legal-notice"),
    /** What the newsletter keeps about its subscribers, why and for how long (GDPR, articles 13 and 14). */
    PERSONAL_DATA("personal-data");

    private final String slug;

    LegalPageKind(String slug) {
        this.slug = slug;
    }

    /** @return the last part of the page's address and the name of its default text: {@code legal-notice}. */
    public String slug() {
        return slug;
    }

    /**
     * @param slug a slug, such as {@code personal-data}.
     * @return the kind of that slug, or {@code null}.
     */
    public static LegalPageKind ofSlug(String slug) {
        for (LegalPageKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
