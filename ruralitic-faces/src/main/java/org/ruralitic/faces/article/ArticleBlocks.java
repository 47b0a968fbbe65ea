package org.ruralitic.faces.article;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.article.ArticleBlock;
import org.ruralitic.faces.common.FormattedText;
import org.ruralitic.faces.common.Page;

/**
 * The body of an article, block after block, as {@code <r:articleBody>} shows it: paragraphs, headings, quotations,
 * questions and answers of an interview, images with their caption. Paragraphs, quotations and answers are in the
 * Markdown subset ({@link FormattedText}: escaped, allow-listed HTML); headings, questions, captions and image texts
 * are plain text, escaped by the {@link ResponseWriter}. Written in Java rather than by a {@code ui:repeat} of one
 * fragment per kind of block, for the same reason as the programme's days ({@code ProgrammeDays}).
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;div class="rt-article__body"&gt;&lt;r:articleBlocks value="#{article.blocks}"/&gt;&lt;/div&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ArticleBlocks extends UIComponentBase {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.article.ArticleBlocks";

    /** The component family. */
    public static final String COMPONENT_FAMILY = "org.ruralitic.faces";

    enum PropertyKeys {
        value
    }

    /** A component without renderer and without state of its own beyond its attribute. */
    public ArticleBlocks() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    /** @return the blocks to show, in order. */
    @SuppressWarnings("unchecked")
    public List<ArticleBlock> getValue() {
        return (List<ArticleBlock>) getStateHelper().eval(PropertyKeys.value, List.of());
    }

    /** @param value the blocks to show. */
    public void setValue(List<ArticleBlock> value) {
        getStateHelper().put(PropertyKeys.value, value);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<ArticleBlock> blocks = getValue();
        if (blocks == null || blocks.isEmpty()) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        ResourceBundle text = context.getApplication().getResourceBundle(context, "rtText");
        FormattedText markdown = context.getApplication().evaluateExpressionGet(context, "#{rtMarkdown}",
            FormattedText.class);
        Page page = context.getApplication().evaluateExpressionGet(context, "#{rtPage}", Page.class);
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
                case IMAGE -> {
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
            out.write('\n');
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static void element(ResponseWriter out, String name, String styleClass, String content) throws IOException {
        out.startElement(name, null);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeText(content, null);
        out.endElement(name);
    }
}
