package org.ruralitic.article;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;

/**
 * One block of an article body. Build blocks with the factory methods, one per {@link BlockKind}.
 *
 * <h2>Usage</h2>
 * <pre>
 * article.append(ArticleBlock.questionAnswer("Pourquoi le Cantal ?", "Parce que..."));
 * </pre>
 *
 * @since 0.1
 */
@Embeddable
public class ArticleBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest text of a block. */
    public static final int MAX_TEXT = 10_000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BlockKind kind;

    // Paragraph, heading or quotation text; the question of a Q&A; the caption of an image.
    @Size(max = MAX_TEXT)
    @Column(name = "body_text")
    private String text;

    @Size(max = MAX_TEXT)
    @Column(name = "answer_text")
    private String answer;

    @Size(max = 200)
    @Column(length = 200)
    private String attribution;

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

    protected ArticleBlock() {
    }

    private ArticleBlock(BlockKind kind, String text, String answer, String attribution, String imageUrl, String imageAlt) {
        this.kind = kind;
        this.text = text;
        this.answer = answer;
        this.attribution = attribution;
        this.imageUrl = imageUrl;
        this.imageAlt = imageAlt;
    }

    /**
     * @param text the paragraph.
     * @return a paragraph block.
     */
    public static ArticleBlock paragraph(String text) {
        return new ArticleBlock(BlockKind.PARAGRAPH, Objects.requireNonNull(text, "text is required"), null, null, null, null);
    }

    /**
     * @param text the heading.
     * @return a heading block.
     */
    public static ArticleBlock heading(String text) {
        return new ArticleBlock(BlockKind.HEADING, Objects.requireNonNull(text, "text is required"), null, null, null, null);
    }

    /**
     * @param text the quoted words.
     * @param attribution who said them, or {@code null}.
     * @return a quotation block.
     */
    public static ArticleBlock quotation(String text, String attribution) {
        return new ArticleBlock(BlockKind.QUOTATION, Objects.requireNonNull(text, "text is required"), null, attribution,
            null, null);
    }

    /**
     * @param question the interviewer's question.
     * @param answer the interviewee's answer.
     * @return a question/answer block.
     */
    public static ArticleBlock questionAnswer(String question, String answer) {
        return new ArticleBlock(BlockKind.QUESTION_ANSWER, Objects.requireNonNull(question, "question is required"),
            Objects.requireNonNull(answer, "answer is required"), null, null, null);
    }

    /**
     * @param url the image (absolute, or context-relative starting with {@code /}).
     * @param alt its alternative text; empty for a decorative image.
     * @param caption its caption, or {@code null}.
     * @return an image block.
     */
    public static ArticleBlock image(String url, String alt, String caption) {
        return new ArticleBlock(BlockKind.IMAGE, caption, null, null, Objects.requireNonNull(url, "url is required"),
            Objects.requireNonNull(alt, "alt is required"));
    }

    /**
     * @param url the image.
     * @param alt its alternative text; empty for a decorative image.
     * @param caption its caption, or {@code null}.
     * @param width its width in pixels, or {@code null} when unknown.
     * @param height its height in pixels, or {@code null} when unknown.
     * @return an image block whose size the page can reserve.
     */
    public static ArticleBlock image(String url, String alt, String caption, Integer width, Integer height) {
        ArticleBlock block = image(url, alt, caption);
        block.imageWidth = width;
        block.imageHeight = height;
        return block;
    }

    /** @return whether the block has what its kind needs. */
    @AssertTrue(message = "{ruralitic.block.incomplete}")
    public boolean isComplete() {
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case PARAGRAPH, HEADING, QUOTATION -> notBlank(text);
            case QUESTION_ANSWER -> notBlank(text) && notBlank(answer);
            case IMAGE -> notBlank(imageUrl) && imageAlt != null;
        };
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** @return the kind of block. */
    public BlockKind getKind() {
        return kind;
    }

    /** @return the text: the paragraph, heading or quotation, the question, or the image caption. */
    public String getText() {
        return text;
    }

    /** @return the answer of a question/answer block. */
    public String getAnswer() {
        return answer;
    }

    /** @return the attribution of a quotation. */
    public String getAttribution() {
        return attribution;
    }

    /** @return the address of an image. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** @return the alternative text of an image. */
    public String getImageAlt() {
        return imageAlt;
    }

    /** @return the width of an image in pixels, when known. */
    public Integer getImageWidth() {
        return imageWidth;
    }

    /** @return the height of an image in pixels, when known. */
    public Integer getImageHeight() {
        return imageHeight;
    }
}
