package org.ruralitic.article;

import java.time.Instant;
import java.util.Objects;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ruralitic.access.AuditAction;
import org.ruralitic.common.BaseEntity;

/**
 * An article as one save left it: who saved it, when, with which action, and the whole {@link ArticleDraft} as JSON.
 * Revisions are numbered from 1 per article and never change.
 *
 * @since 0.2
 */
@Entity
@Table(name = "rt_article_revision")
public class ArticleRevision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    // One per class loader: JSON-B looks its provider up on each create().
    private static final Jsonb JSON = JsonbBuilder.create();

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 120)
    private String savedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(nullable = false, length = 200)
    private String title;

    // A long text column (no @Lob: Hibernate would take it for a PostgreSQL large object).
    @Column(nullable = false)
    private String snapshot;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int number, Instant savedAt, String savedBy, AuditAction action,
        ArticleDraft draft) {
        this.articleId = articleId;
        this.number = number;
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt is required");
        this.savedBy = Objects.requireNonNull(savedBy, "savedBy is required");
        this.action = Objects.requireNonNull(action, "action is required");
        this.title = draft.getTitle();
        this.snapshot = JSON.toJson(draft);
    }

    /** @return the article's id. */
    public Long getArticleId() {
        return articleId;
    }

    /** @return its number, from 1. */
    public int getNumber() {
        return number;
    }

    /** @return when it was saved. */
    public Instant getSavedAt() {
        return savedAt;
    }

    /** @return who saved it. */
    public String getSavedBy() {
        return savedBy;
    }

    /** @return the action that saved it. */
    public AuditAction getAction() {
        return action;
    }

    /** @return the title then. */
    public String getTitle() {
        return title;
    }

    /** @return the article as it was, as a draft to show, compare or restore. */
    public ArticleDraft draft() {
        return JSON.fromJson(snapshot, ArticleDraft.class);
    }
}
