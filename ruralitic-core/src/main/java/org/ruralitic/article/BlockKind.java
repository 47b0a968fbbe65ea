package org.ruralitic.article;

/**
 * The kinds of block an article body is made of.
 *
 * @since 0.1
 */
public enum BlockKind {
    /** A paragraph of text. */
    PARAGRAPH,
    /** A sub-heading. */
    HEADING,
    /** A quotation, with its attribution. */
    QUOTATION,
    /** A question and its answer, the unit of an interview. */
    QUESTION_ANSWER,
    /** An image, with its alternative text and an optional caption. */
    IMAGE
}
