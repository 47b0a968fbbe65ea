package org.ruralitic.article;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;

/**
 * One block of an {@link ArticleDraft}, as the form edits it: every field of every kind, of which its kind uses some.
 *
 * @since 0.2
 */
public class BlockDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private BlockKind kind;

    @Size(max = ArticleBlock.MAX_TEXT, message = "{ruralitic.article.block.size}")
    private String text;

    @Size(max = ArticleBlock.MAX_TEXT, message = "{ruralitic.article.block.size}")
    private String answer;

    @Size(max = 200, message = "{ruralitic.article.role.size}")
    private String attribution;

    @ImageAddress
    private String imageUrl;

    @Size(max = 300, message = "{ruralitic.article.alt.size}")
    private String imageAlt;

    private boolean decorative;
    private Integer imageWidth;
    private Integer imageHeight;

    /** For JSON-B. */
    public BlockDraft() {
    }

    /**
     * @param kind the kind of the new, empty block.
     */
    public BlockDraft(BlockKind kind) {
        this.kind = kind;
    }

    static BlockDraft of(ArticleBlock block) {
        BlockDraft draft = new BlockDraft(block.getKind());
        draft.text = block.getText();
        draft.answer = block.getAnswer();
        draft.attribution = block.getAttribution();
        draft.imageUrl = block.getImageUrl();
        draft.imageAlt = block.getImageAlt();
        draft.decorative = block.getKind() == BlockKind.IMAGE && "".equals(block.getImageAlt());
        draft.imageWidth = block.getImageWidth();
        draft.imageHeight = block.getImageHeight();
        return draft;
    }

    ArticleBlock toBlock() {
        return switch (kind) {
            case PARAGRAPH -> ArticleBlock.paragraph(text);
            case HEADING -> ArticleBlock.heading(text);
            case QUOTATION -> ArticleBlock.quotation(text, attribution);
            case QUESTION_ANSWER -> ArticleBlock.questionAnswer(text, answer);
            case IMAGE -> ArticleBlock.image(imageUrl, decorative ? "" : imageAlt, text, imageWidth, imageHeight);
        };
    }

    /** @return whether the block has what its kind needs: its text, the answer, the image and its description. */
    @AssertTrue(message = "{ruralitic.block.incomplete}")
    public boolean isComplete() {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case PARAGRAPH, HEADING, QUOTATION -> text != null;
            case QUESTION_ANSWER -> text != null && answer != null;
            case IMAGE -> imageUrl != null && (decorative || imageAlt != null);
        };
    }

    /** @return the kind. */
    public BlockKind getKind() {
        return kind;
    }

    /** @param kind the kind. */
    public void setKind(BlockKind kind) {
        this.kind = kind;
    }

    /** @return the text, question or caption. */
    public String getText() {
        return text;
    }

    /** @param text the text, question or caption. */
    public void setText(String text) {
        this.text = ArticleDraft.clean(text);
    }

    /** @return the answer. */
    public String getAnswer() {
        return answer;
    }

    /** @param answer the answer. */
    public void setAnswer(String answer) {
        this.answer = ArticleDraft.clean(answer);
    }

    /** @return who is quoted. */
    public String getAttribution() {
        return attribution;
    }

    /** @param attribution who is quoted. */
    public void setAttribution(String attribution) {
        this.attribution = ArticleDraft.clean(attribution);
    }

    /** @return the image's address. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** @param imageUrl the image's address. */
    public void setImageUrl(String imageUrl) {
        this.imageUrl = ArticleDraft.clean(imageUrl);
    }

    /** @return the image's alternative text. */
    public String getImageAlt() {
        return imageAlt;
    }

    /** @param imageAlt the image's alternative text. */
    public void setImageAlt(String imageAlt) {
        this.imageAlt = ArticleDraft.clean(imageAlt);
    }

    /** @return whether the image is decorative. */
    public boolean isDecorative() {
        return decorative;
    }

    /** @param decorative whether the image is decorative. */
    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    /** @return the image's width, when known. */
    public Integer getImageWidth() {
        return imageWidth;
    }

    /** @param imageWidth the image's width. */
    public void setImageWidth(Integer imageWidth) {
        this.imageWidth = imageWidth;
    }

    /** @return the image's height, when known. */
    public Integer getImageHeight() {
        return imageHeight;
    }

    /** @param imageHeight the image's height. */
    public void setImageHeight(Integer imageHeight) {
        this.imageHeight = imageHeight;
    }
}
