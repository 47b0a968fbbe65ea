package org.ruralitic.article;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A former slug of an article: its address answers 301 to the article's current one.
 *
 * @since 0.2
 */
@Entity
@Table(name = "rt_article_redirect")
public class ArticleRedirect implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "old_slug", length = 80)
    private String oldSlug;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    protected ArticleRedirect() {
    }

    ArticleRedirect(String oldSlug, Long articleId) {
        this.oldSlug = Objects.requireNonNull(oldSlug, "oldSlug is required");
        this.articleId = Objects.requireNonNull(articleId, "articleId is required");
    }

    /** @return the former slug. */
    public String getOldSlug() {
        return oldSlug;
    }

    /** @return the article it led to. */
    public Long getArticleId() {
        return articleId;
    }
}
