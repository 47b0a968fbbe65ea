package org.ruralitic.legal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;

/**
 * The text of a public-sector page in one language as an administrator wrote it, in the inline formatting of
 * {@link org.ruralitic.text.Markdown}, lines starting with {@code ## } beginning sections. A page without one shows
 * its default text.
 *
 * @since 0.3
 */
@Entity
@Table(name = "rt_legal_page")
@NamedQuery(name = LegalText.FIND, query = "SELECT t FROM LegalText t WHERE t.kind = :kind AND t.language = :language")
public class LegalText extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the text of parameters {@code kind} and {@code language}. */
    public static final String FIND = "LegalText.findByKindAndLanguage";

    /** The longest text an administrator may save. */
    public static final int MAX_LENGTH = 40_000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalPageKind kind;

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String language;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(nullable = false)
    private String body;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotBlank
    @Size(max = 254)
    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    protected LegalText() {
    }

    /**
     * @param kind the page.
     * @param language its language, {@code fr} or {@code en}.
     * @param body its text.
     * @param at when it was written.
     * @param by who wrote it.
     */
    public LegalText(LegalPageKind kind, String language, String body, Instant at, String by) {
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.language = Objects.requireNonNull(language, "language is required");
        rewrite(body, at, by);
    }

    /**
     * @param newBody the page's new text.
     * @param at when.
     * @param by who wrote it.
     */
    public void rewrite(String newBody, Instant at, String by) {
        this.body = Objects.requireNonNull(newBody, "body is required");
        this.updatedAt = Objects.requireNonNull(at, "time is required");
        this.updatedBy = Objects.requireNonNull(by, "author is required");
    }

    /** @return the page. */
    public LegalPageKind getKind() {
        return kind;
    }

    /** @return the language, {@code fr} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** @return the text, in the inline formatting. */
    public String getBody() {
        return body;
    }

    /** @return when it was last written. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return who last wrote it. */
    public String getUpdatedBy() {
        return updatedBy;
    }
}
