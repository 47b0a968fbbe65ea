package org.ruralitic.faces.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.ruralitic.text.Markdown;

/**
 * The inline formatting of article text (a Markdown subset, see {@link Markdown}) for Facelets, known to pages as
 * {@code rtMarkdown}. The HTML is safe to write unescaped: it holds only paragraphs, emphasis, links to web and mail
 * addresses, lists and line breaks, and every other character typed is escaped.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;h:outputText value="#{rtMarkdown.html(block.text)}" escape="false"/&gt;
 * &lt;meta name="description" content="#{rtMarkdown.text(article.lead)}"/&gt;
 * </pre>
 *
 * @since 0.2
 */
@Named("rtMarkdown")
@ApplicationScoped
public class FormattedText {

    /**
     * @param markdown text in the subset, possibly {@code null}.
     * @return its HTML: {@code <p>}, {@code <ul>} or {@code <ol>} blocks; empty for no text.
     */
    public String html(String markdown) {
        return Markdown.toHtml(markdown);
    }

    /**
     * @param markdown text in the subset, possibly {@code null}.
     * @return its words without formatting, on one line.
     */
    public String text(String markdown) {
        return Markdown.toPlainText(markdown);
    }
}
