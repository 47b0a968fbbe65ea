/**
 * Articles: news and interviews, made of ordered blocks (paragraphs, headings, quotations, question/answer pairs,
 * images), published at a date and filed under themes.
 * <p>
 * Block texts are plain text: no HTML is accepted, so none has to be sanitised; views escape everything.
 */
package org.ruralitic.article;
