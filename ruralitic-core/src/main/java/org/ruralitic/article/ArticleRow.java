package org.ruralitic.article;

import java.io.Serializable;
import java.time.Instant;

/**
 * An article as the back-office lists it: one row, read without its body.
 *
 * @param id its id.
 * @param slug its slug.
 * @param title its title.
 * @param status where it stands.
 * @param language its language.
 * @param publishedAt when it is or was published, or {@code null}.
 * @param updatedAt when it last changed.
 * @param author its author, or {@code null}.
 * @param deletedAt when it was moved to the bin, or {@code null}.
 * @param editionName the name of the edition it is about, or {@code null}.
 * @since 0.2
 */
public record ArticleRow(Long id, String slug, String title, ArticleStatus status, String language,
    Instant publishedAt, Instant updatedAt, String author, Instant deletedAt, String editionName)
    implements Serializable {
}
