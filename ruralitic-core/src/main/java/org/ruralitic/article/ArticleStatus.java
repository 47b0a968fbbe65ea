package org.ruralitic.article;

/**
 * Where an article stands.
 *
 * @since 0.1
 */
public enum ArticleStatus {
    /** Being written, never shown. */
    DRAFT,
    /** Written by an author, waiting for an editor's review; never shown. */
    SUBMITTED,
    /** Published at a future date: shown from then on. */
    SCHEDULED,
    /** Published: listed and shown. */
    PUBLISHED,
    /** Withdrawn from lists; still readable at its address. */
    ARCHIVED
}
