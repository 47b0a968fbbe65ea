package org.ruralitic.article;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.ruralitic.common.BaseEntity;

/**
 * A shareable preview link of an article, for someone without an account (an interviewee proofreading their
 * answers). Only the SHA-256 of the token is kept; the link stops working at its expiry.
 *
 * @since 0.2
 */
@Entity
@Table(name = "rt_preview_token")
public class PreviewToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected PreviewToken() {
    }

    PreviewToken(String tokenHash, Long articleId, Instant expiresAt, String createdBy) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash is required");
        this.articleId = Objects.requireNonNull(articleId, "articleId is required");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt is required");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy is required");
    }

    /** @return the article it shows. */
    public Long getArticleId() {
        return articleId;
    }

    /** @return when it stops working. */
    public Instant getExpiresAt() {
        return expiresAt;
    }
}
