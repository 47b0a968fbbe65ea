package org.ruralitic.article;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.Slugs;
import org.ruralitic.theme.Theme;

/**
 * An article as the editor's form holds it: every field an editor can change, the body's blocks in order, and the
 * version it was read at, so that a save over someone else's change is told apart ({@link EditConflictException}).
 * It is also what a revision keeps (as JSON), so it is a plain bean.
 * <p>
 * Blank texts are kept as {@code null}; the slug may be left empty, the service then derives it from the title.
 *
 * @since 0.2
 */
public class ArticleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;

    @Size(max = Slugs.MAX_LENGTH, message = "{ruralitic.article.slug.size}")
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.slug.pattern}")
    private String slug;

    @NotBlank(message = "{ruralitic.article.title.required}")
    @Size(max = 200, message = "{ruralitic.article.title.size}")
    private String title;

    @Size(max = 1000, message = "{ruralitic.article.lead.size}")
    private String lead;

    @Size(max = 120, message = "{ruralitic.article.name.size}")
    private String author;

    @Size(max = 120, message = "{ruralitic.article.name.size}")
    private String interviewee;

    @Size(max = 200, message = "{ruralitic.article.role.size}")
    private String intervieweeRole;

    @NotBlank(message = "{ruralitic.article.language.required}")
    @Pattern(regexp = "^(fr|en)$", message = "{ruralitic.language.pattern}")
    private String language = "fr";

    private String editionSlug;

    private List<String> themeCodes = new ArrayList<>();

    @ImageAddress
    private String imageUrl;

    @Size(max = 300, message = "{ruralitic.article.alt.size}")
    private String imageAlt;

    private boolean imageDecorative;
    private Integer imageWidth;
    private Integer imageHeight;

    @Valid
    @Size(max = 200, message = "{ruralitic.article.blocks.size}")
    private List<BlockDraft> blocks = new ArrayList<>();

    /** An empty draft, in French. */
    public ArticleDraft() {
    }

    /**
     * @param article a saved article, read with its body, themes and edition.
     * @return a draft of it at its current version.
     */
    public static ArticleDraft of(Article article) {
        ArticleDraft draft = new ArticleDraft();
        draft.id = article.getId();
        draft.version = article.getVersion();
        draft.slug = article.getSlug();
        draft.title = article.getTitle();
        draft.lead = article.getLead();
        draft.author = article.getAuthor();
        draft.interviewee = article.getInterviewee();
        draft.intervieweeRole = article.getIntervieweeRole();
        draft.language = article.getLanguage();
        draft.editionSlug = article.getEdition() == null ? null : article.getEdition().getSlug();
        draft.themeCodes = new ArrayList<>(article.getThemes().stream().map(Theme::getCode).toList());
        draft.imageUrl = article.getImageUrl();
        draft.imageAlt = article.getImageAlt();
        draft.imageDecorative = article.getImageUrl() != null && article.getImageAlt() != null
            && article.getImageAlt().isEmpty();
        draft.imageWidth = article.getImageWidth();
        draft.imageHeight = article.getImageHeight();
        draft.blocks = new ArrayList<>(article.getBlocks().stream().map(BlockDraft::of).toList());
        return draft;
    }

    /** @return whether the main image lacks the alternative text it needs. */
    @AssertFalse(message = "{ruralitic.article.alt.required}")
    public boolean isImageAltMissing() {
        return imageUrl != null && !imageDecorative && imageAlt == null;
    }

    /** @return the blocks as the article keeps them. */
    List<ArticleBlock> toBlocks() {
        return blocks.stream().map(BlockDraft::toBlock).toList();
    }

    /**
     * Adds an empty block at the end.
     *
     * @param kind its kind.
     */
    public void addBlock(BlockKind kind) {
        blocks.add(new BlockDraft(Objects.requireNonNull(kind, "kind is required")));
    }

    /**
     * Swaps a block with the one before it; nothing for the first.
     *
     * @param index the block's position, from 0.
     */
    public void moveUp(int index) {
        if (index > 0 && index < blocks.size()) {
            blocks.add(index - 1, blocks.remove(index));
        }
    }

    /**
     * Swaps a block with the one after it; nothing for the last.
     *
     * @param index the block's position, from 0.
     */
    public void moveDown(int index) {
        if (index >= 0 && index < blocks.size() - 1) {
            blocks.add(index + 1, blocks.remove(index));
        }
    }

    /**
     * @param index the block's position, from 0; nothing when out of range.
     */
    public void removeBlock(int index) {
        if (index >= 0 && index < blocks.size()) {
            blocks.remove(index);
        }
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    // Bean accessors, for the form and for JSON-B.

    /** @return the article's id, {@code null} for a new one. */
    public Long getId() {
        return id;
    }

    /** @param id the article's id. */
    public void setId(Long id) {
        this.id = id;
    }

    /** @return the version the draft was read at. */
    public int getVersion() {
        return version;
    }

    /** @param version the version the draft was read at. */
    public void setVersion(int version) {
        this.version = version;
    }

    /** @return the slug, or {@code null} to derive it. */
    public String getSlug() {
        return slug;
    }

    /** @param slug the slug. */
    public void setSlug(String slug) {
        this.slug = clean(slug);
    }

    /** @return the title. */
    public String getTitle() {
        return title;
    }

    /** @param title the title. */
    public void setTitle(String title) {
        this.title = clean(title);
    }

    /** @return the lead. */
    public String getLead() {
        return lead;
    }

    /** @param lead the lead. */
    public void setLead(String lead) {
        this.lead = clean(lead);
    }

    /** @return the author's name. */
    public String getAuthor() {
        return author;
    }

    /** @param author the author's name. */
    public void setAuthor(String author) {
        this.author = clean(author);
    }

    /** @return the interviewee's name: set, the article is an interview. */
    public String getInterviewee() {
        return interviewee;
    }

    /** @param interviewee the interviewee's name. */
    public void setInterviewee(String interviewee) {
        this.interviewee = clean(interviewee);
    }

    /** @return the interviewee's role. */
    public String getIntervieweeRole() {
        return intervieweeRole;
    }

    /** @param intervieweeRole the interviewee's role. */
    public void setIntervieweeRole(String intervieweeRole) {
        this.intervieweeRole = clean(intervieweeRole);
    }

    /** @return the language, {@code fr} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** @param language the language. */
    public void setLanguage(String language) {
        this.language = clean(language);
    }

    /** @return the slug of the edition it is about, or {@code null}. */
    public String getEditionSlug() {
        return editionSlug;
    }

    /** @param editionSlug the slug of the edition. */
    public void setEditionSlug(String editionSlug) {
        this.editionSlug = clean(editionSlug);
    }

    /** @return the codes of its themes. */
    public List<String> getThemeCodes() {
        return themeCodes;
    }

    /** @param themeCodes the codes of its themes. */
    public void setThemeCodes(List<String> themeCodes) {
        this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
    }

    /** @return the main image's address. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** @param imageUrl the main image's address. */
    public void setImageUrl(String imageUrl) {
        this.imageUrl = clean(imageUrl);
    }

    /** @return the main image's alternative text; empty when decorative. */
    public String getImageAlt() {
        return imageDecorative && imageUrl != null ? "" : imageAlt;
    }

    /** @param imageAlt the main image's alternative text. */
    public void setImageAlt(String imageAlt) {
        this.imageAlt = clean(imageAlt);
    }

    /** @return whether the main image is decorative (no alternative text). */
    public boolean isImageDecorative() {
        return imageDecorative;
    }

    /** @param imageDecorative whether the main image is decorative. */
    public void setImageDecorative(boolean imageDecorative) {
        this.imageDecorative = imageDecorative;
    }

    /** @return the main image's width, when known. */
    public Integer getImageWidth() {
        return imageWidth;
    }

    /** @param imageWidth the main image's width. */
    public void setImageWidth(Integer imageWidth) {
        this.imageWidth = imageWidth;
    }

    /** @return the main image's height, when known. */
    public Integer getImageHeight() {
        return imageHeight;
    }

    /** @param imageHeight the main image's height. */
    public void setImageHeight(Integer imageHeight) {
        this.imageHeight = imageHeight;
    }

    /** @return the blocks of the body, in order. */
    public List<BlockDraft> getBlocks() {
        return blocks;
    }

    /** @param blocks the blocks of the body. */
    public void setBlocks(List<BlockDraft> blocks) {
        this.blocks = blocks == null ? new ArrayList<>() : new ArrayList<>(blocks);
    }
}
