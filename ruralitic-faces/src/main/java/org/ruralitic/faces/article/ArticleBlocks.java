package org.ruralitic.faces.article;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.article.ArticleBlock;
import org.ruralitic.faces.common.FormattedText;
import org.ruralitic.faces.common.ListMarkup;
import org.ruralitic.faces.common.Page;

/**
 * The body of an article, block after block, as {@code <r:articleBody>} shows it: paragraphs, headings, quotations,
 * questions and answers of an interview, images with their caption. Paragraphs, quotations and answers are in the
 * Markdown subset ({@link FormattedText}: escaped, allow-listed HTML); headings, questions, captions and image texts
 * are plain text, escaped by the writer.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;div class="rt-article__body"&gt;&lt;r:articleBlocks value="#{article.blocks}"/&gt;&lt;/div&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ArticleBlocks extends ListMarkup<ArticleBlock> {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.article.ArticleBlocks";

    @Override
    protected void write(FacesContext context, ResponseWriter out, List<ArticleBlock> blocks) throws IOException {
        ResourceBundle text = labels(context);
        FormattedText markdown = bean(context, "rtMarkdown", FormattedText.class);
        Page page = bean(context, "rtPage", Page.class);
        for (ArticleBlock block : blocks) {
            switch (block.getKind()) {
                case PARAGRAPH -> out.write(markdown.html(block.getText()));
                case HEADING -> element(out, "h2", null, block.getText());
                case QUOTATION -> {
                    out.startElement("figure", null);
                    out.writeAttribute("class", "rt-quote", null);
                    out.startElement("blockquote", null);
                    out.write(markdown.html(block.getText()));
                    out.endElement("blockquote");
                    if (present(block.getAttribution())) {
                        element(out, "figcaption", null, "— " + block.getAttribution());
                    }
                    out.endElement("figure");
                }
                case QUESTION_ANSWER -> {
                    out.startElement("dl", null);
                    out.writeAttribute("class", "rt-interview", null);
                    out.startElement("dt", null);
                    out.writeAttribute("class", "rt-interview__question", null);
                    element(out, "span", "rt-visually-hidden", text.getString("interview.question") + " : ");
                    out.writeText(block.getText(), null);
                    out.endElement("dt");
                    out.startElement("dd", null);
                    out.writeAttribute("class", "rt-interview__answer", null);
                    element(out, "span", "rt-visually-hidden", text.getString("interview.answer") + " : ");
                    out.write(markdown.html(block.getAnswer()));
                    out.endElement("dd");
                    out.endElement("dl");
                }
                case IMAGE -> image(out, page, block);
            }
            out.write('\n');
        }
    }

    private static void image(ResponseWriter out, Page page, ArticleBlock block) throws IOException {
        out.startElement("figure", null);
        out.writeAttribute("class", "rt-figure", null);
        out.startElement("img", null);
        out.writeAttribute("src", page.asset(block.getImageUrl()), null);
        out.writeAttribute("alt", block.getImageAlt() == null ? "" : block.getImageAlt(), null);
        if (block.getImageWidth() != null) {
            out.writeAttribute("width", block.getImageWidth(), null);
        }
        if (block.getImageHeight() != null) {
            out.writeAttribute("height", block.getImageHeight(), null);
        }
        out.endElement("img");
        if (present(block.getText())) {
            element(out, "figcaption", null, block.getText());
        }
        out.endElement("figure");
    }
}
