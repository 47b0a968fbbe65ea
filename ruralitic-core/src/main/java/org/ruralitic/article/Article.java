package org.ruralitic.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.Slug;
import org.ruralitic.common.Slugs;
import org.ruralitic.event.Edition;
import org.ruralitic.theme.Theme;

/**
 * A news article or an interview.
 * <p>
 * Its slug is derived from its title once, when it is created, and never changes with later edits: addresses stay
 * stable. It is shown from {@link #getPublishedAt()} on, once {@linkplain #publish(Instant, Instant) published}.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_article")
public class Article extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Slug
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 1000)
    @Column(name = "lead_text", length = 1000)
    private String lead;

    @Column(name = "published_at")
    private Instant publishedAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Size(max = 120)
    @Column(name = "author_name", length = 120)
    private String author;

    @Size(max = 120)
    @Column(name = "interviewee_name", length = 120)
    private String interviewee;

    @Size(max = 200)
    @Column(name = "interviewee_role", length = 200)
    private String intervieweeRole;

    @NotBlank
    @Pattern(regexp = "^[a-z]{2}$", message = "{ruralitic.language.pattern}")
    @Column(nullable = false, length = 8)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @ImageAddress
    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Size(max = 300)
    @Column(name = "image_alt", length = 300)
    private String imageAlt;

    @Column(name = "image_width")
    private Integer imageWidth;

    @Column(name = "image_height")
    private Integer imageHeight;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ManyToMany
    @JoinTable(name = "rt_article_theme", joinColumns = @JoinColumn(name = "article_id"),
        inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("code")
    private Set<Theme> themes = new LinkedHashSet<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "rt_article_block", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "block_order")
    private List<ArticleBlock> blocks = new ArrayList<>();

    protected Article() {
    }

    /**
     * A draft article.
     *
     * @param slug the slug of its address; see {@link ArticleService#create(Article)} to derive a free one.
     * @param title its title.
     * @param language the ISO 639-1 language of its text, such as {@code fr}.
     * @param now the time of creation.
     */
    public Article(String slug, String title, String language, Instant now) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.title = Objects.requireNonNull(title, "title is required");
        this.language = Objects.requireNonNull(language, "language is required");
        this.updatedAt = Objects.requireNonNull(now, "now is required");
    }

    /**
     * Gives a new article another slug, when the one it was built with is taken. Saved articles keep theirs.
     *
     * @param freeSlug a slug no other article has.
     */
    void claimSlug(String freeSlug) {
        if (getId() != null) {
            throw new IllegalStateException("a saved article keeps its slug");
        }
        this.slug = Objects.requireNonNull(freeSlug, "slug is required");
    }

    /**
     * @param lead the lead paragraph, shown in lists.
     * @param author the author's name.
     * @param now the time of the change.
     */
    public void introduce(String lead, String author, Instant now) {
        this.lead = lead;
        this.author = author;
        touch(now);
    }

    /**
     * Makes the article an interview of someone.
     *
     * @param name the interviewee's name.
     * @param role the interviewee's role, or {@code null}.
     * @param now the time of the change.
     */
    public void interview(String name, String role, Instant now) {
        this.interviewee = Objects.requireNonNull(name, "name is required");
        this.intervieweeRole = role;
        touch(now);
    }

    /**
     * @param url the main image (absolute, or context-relative starting with {@code /}), or {@code null}.
     * @param alt its alternative text.
     * @param now the time of the change.
     */
    public void illustrate(String url, String alt, Instant now) {
        this.imageUrl = url;
        this.imageAlt = alt;
        touch(now);
    }

    /**
     * Sets the main image with its size in pixels, as the editor does from the media library (issue 12: the content
     * importer keeps the sizes an export wrote).
     *
     * @param url the image, or {@code null} for none.
     * @param alt its alternative text.
     * @param width its width in pixels, if known.
     * @param height its height in pixels, if known.
     * @param now when.
     * @since 0.3
     */
    public void illustrate(String url, String alt, Integer width, Integer height, Instant now) {
        illustrate(url, alt, now);
        this.imageWidth = url == null ? null : width;
        this.imageHeight = url == null ? null : height;
    }

    /**
     * @param block a block, appended to the body.
     */
    public void append(ArticleBlock block) {
        blocks.add(Objects.requireNonNull(block, "block is required"));
    }

    /**
     * @param theme a theme the article is filed under.
     */
    public void fileUnder(Theme theme) {
        themes.add(Objects.requireNonNull(theme, "theme is required"));
    }

    /**
     * @param edition the edition the article is about, or {@code null}.
     */
    public void relateTo(Edition edition) {
        this.edition = edition;
    }

    /**
     * Publishes the article at a date: now or in the past makes it {@link ArticleStatus#PUBLISHED}, a future date
     * {@link ArticleStatus#SCHEDULED}.
     *
     * @param at the publication date-time.
     * @param now the current time.
     */
    public void publish(Instant at, Instant now) {
        this.publishedAt = Objects.requireNonNull(at, "publication date is required");
        this.status = at.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        touch(now);
    }

    /**
     * Withdraws the article from lists; its address still works.
     *
     * @param now the current time.
     */
    public void archive(Instant now) {
        if (status == ArticleStatus.DRAFT) {
            throw new IllegalStateException("a draft cannot be archived");
        }
        this.status = ArticleStatus.ARCHIVED;
        touch(now);
    }

    /**
     * @param now the current time.
     * @return whether visitors may read the article now.
     */
    public boolean isVisible(Instant now) {
        return status != ArticleStatus.DRAFT && status != ArticleStatus.SUBMITTED && deletedAt == null
            && publishedAt != null && !publishedAt.isAfter(now);
    }

    /**
     * Replaces what the article says with what an editor wrote; its status is left as it is.
     *
     * @param draft the edited article.
     * @param newThemes its themes.
     * @param newEdition the edition it is about, or {@code null}.
     * @param now the time of the change.
     */
    void revise(ArticleDraft draft, Set<Theme> newThemes, Edition newEdition, Instant now) {
        this.title = draft.getTitle();
        this.lead = draft.getLead();
        this.author = draft.getAuthor();
        this.interviewee = draft.getInterviewee();
        this.intervieweeRole = draft.getInterviewee() == null ? null : draft.getIntervieweeRole();
        this.language = draft.getLanguage();
        this.imageUrl = draft.getImageUrl();
        this.imageAlt = draft.getImageUrl() == null ? null : draft.getImageAlt();
        this.imageWidth = draft.getImageUrl() == null ? null : draft.getImageWidth();
        this.imageHeight = draft.getImageUrl() == null ? null : draft.getImageHeight();
        this.edition = newEdition;
        this.themes.clear();
        this.themes.addAll(newThemes);
        this.blocks.clear();
        this.blocks.addAll(draft.toBlocks());
        touch(now);
    }

    /**
     * Gives the article another address; the service keeps the old one as a redirect.
     *
     * @param newSlug a slug no other article has.
     * @param now the time of the change.
     */
    void rename(String newSlug, Instant now) {
        this.slug = Objects.requireNonNull(newSlug, "slug is required");
        touch(now);
    }

    /**
     * An author hands a draft to the editors.
     *
     * @param now the current time.
     */
    public void submit(Instant now) {
        if (status != ArticleStatus.DRAFT) {
            throw new IllegalStateException("only a draft can be submitted");
        }
        this.status = ArticleStatus.SUBMITTED;
        touch(now);
    }

    /**
     * Takes the article off the site, back to a draft; its publication date is forgotten.
     *
     * @param now the current time.
     */
    public void unpublish(Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.publishedAt = null;
        touch(now);
    }

    /**
     * Moves the article to the bin: off the site, restorable until purged.
     *
     * @param now the current time.
     */
    public void delete(Instant now) {
        this.deletedAt = Objects.requireNonNull(now, "now is required");
        touch(now);
    }

    /**
     * Takes the article out of the bin, as it was.
     *
     * @param now the current time.
     */
    public void restore(Instant now) {
        this.deletedAt = null;
        touch(now);
    }

    /** @return whether it is in the bin. */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** @return when it was moved to the bin, or {@code null}. */
    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** @return the width of the main image in pixels, when known. */
    public Integer getImageWidth() {
        return imageWidth;
    }

    /** @return the height of the main image in pixels, when known. */
    public Integer getImageHeight() {
        return imageHeight;
    }

    /** @return whether it is an interview. */
    public boolean isInterview() {
        return interviewee != null;
    }

    /**
     * Records when the article last changed, for content imported with its own history.
     *
     * @param changedAt when it last changed.
     */
    public void touchedAt(Instant changedAt) {
        touch(changedAt);
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now is required");
    }

    /** @return the slug of its address. */
    public String getSlug() {
        return slug;
    }

    /** @return the title. */
    public String getTitle() {
        return title;
    }

    /** @return the lead, or {@code null}. */
    public String getLead() {
        return lead;
    }

    /** @return when it is or was published, {@code null} for a draft. */
    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** @return when it last changed. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return where it stands. */
    public ArticleStatus getStatus() {
        return status;
    }

    /** @return the author, or {@code null}. */
    public String getAuthor() {
        return author;
    }

    /** @return the interviewee, or {@code null}. */
    public String getInterviewee() {
        return interviewee;
    }

    /** @return the interviewee's role, or {@code null}. */
    public String getIntervieweeRole() {
        return intervieweeRole;
    }

    /** @return the ISO 639-1 language of its text. */
    public String getLanguage() {
        return language;
    }

    /** @return the edition it is about, or {@code null}; loaded by {@link ArticleService#findBySlug(String)} only. */
    public Edition getEdition() {
        return edition;
    }

    /** @return the main image, or {@code null}. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** @return the alternative text of the main image. */
    public String getImageAlt() {
        return imageAlt;
    }

    /** @return the themes, by code. */
    public Set<Theme> getThemes() {
        return Theme.byCode(themes);
    }

    /** @return the body, in order; loaded by {@link ArticleService#findBySlug(String)} only. */
    public List<ArticleBlock> getBlocks() {
        return Collections.unmodifiableList(blocks);
    }

    @Override
    public String toString() {
        return slug;
    }
}
