package org.ruralitic.faces.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.ruralitic.text.Markdown;

/**
 * The inline formatting of article text (a Markdown subset, see {@link Markdown}) for Facelets, known to pages as
 * {@code rtMarkdown}. The HTML is safe to write unescaped: it holds only paragraphs, emphasis, links to web and mail
 * addresses, lists and line breaks, and every other character typed is escaped.
 * <p>
 * Both forms are pure functions of the text, so they are kept by text: an article's blocks are converted once, not
 * at each render (a tenth of an article's render time before), and an edited text is a new key. At most
 * {@value #KEPT} texts of each form are kept, none longer than {@value #LONGEST} characters; when full, the memo
 * starts again empty (bounded, and cheaper than tracking use).
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

    /** The most texts kept for each form. */
    static final int KEPT = 2_000;
    /** The longest text kept, in characters. */
    static final int LONGEST = 20_000;

    private final Map<String, String> html = new ConcurrentHashMap<>();
    private final Map<String, String> text = new ConcurrentHashMap<>();

    /**
     * @param markdown text in the subset, possibly {@code null}.
     * @return its HTML: {@code <p>}, {@code <ul>} or {@code <ol>} blocks; empty for no text.
     */
    public String html(String markdown) {
        return kept(html, markdown, Markdown::toHtml);
    }

    /**
     * @param markdown text in the subset, possibly {@code null}.
     * @return its words without formatting, on one line.
     */
    public String text(String markdown) {
        return kept(text, markdown, Markdown::toPlainText);
    }

    private static String kept(Map<String, String> memo, String markdown, Function<String, String> convert) {
        if (markdown == null || markdown.length() > LONGEST) {
            return convert.apply(markdown);
        }
        String converted = memo.get(markdown);
        if (converted == null) {
            converted = convert.apply(markdown);
            if (memo.size() >= KEPT) {
                memo.clear();
            }
            memo.put(markdown, converted);
        }
        return converted;
    }
}
