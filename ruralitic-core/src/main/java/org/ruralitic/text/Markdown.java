package org.ruralitic.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The inline formatting of article text: a Markdown subset rendered as HTML safe to put in a page, or as plain
 * text for summaries, JSON-LD and feeds.
 * <p>
 * Produced: paragraphs, <em>emphasis</em> ({@code *a*}), <strong>strong</strong> ({@code **a**}), links
 * ({@code [text](https://…)}) to {@code http}, {@code https} and {@code mailto} addresses only, bulleted
 * ({@code - a}) and numbered ({@code 1. a}) lists, and line breaks (a single new line is one). Everything else is
 * text: raw HTML is escaped and shown as typed; a link to any other address ({@code javascript:}, {@code data:},
 * relative, protocol-relative) keeps its text and loses its link; headings, code, block quotes, thematic breaks
 * and tables stay the characters that were typed, in a paragraph; an image shows its alternative text; inline
 * code its content.
 * <p>
 * The HTML contains only the elements {@code p em strong a ul ol li br}, and only the attributes {@code href}
 * and {@code rel} on {@code a} and {@code start} on {@code ol}. Links to web addresses carry
 * {@code rel="nofollow noopener"}: the words are the editors', but an author account is the first thing a spammer
 * would steal.
 *
 * <h2>Usage</h2>
 * <pre>
 * String html = Markdown.toHtml("Voir **le programme** : [ici](https://ruralitic.fr/programme)");
 * // &lt;p&gt;Voir &lt;strong&gt;le programme&lt;/strong&gt; : &lt;a href="https://ruralitic.fr/programme" rel="nofollow noopener"&gt;ici&lt;/a&gt;&lt;/p&gt;
 * String summary = Markdown.toPlainText("Voir **le programme**"); // Voir le programme
 * </pre>
 *
 * @since 0.2
 */
public final class Markdown {

    /** The {@code rel} of links to web addresses. */
    public static final String LINK_REL = "nofollow noopener";

    // Lists are the only block beside paragraphs; headings, code blocks, quotes, breaks and HTML blocks stay text.
    private static final Parser PARSER = Parser.builder()
        .enabledBlockTypes(Set.of(ListBlock.class))
        .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
        .escapeHtml(true)
        .percentEncodeUrls(true)
        .softbreak("<br />\n")
        .attributeProviderFactory(context -> Markdown::attributes)
        .build();

    private Markdown() {
    }

    /**
     * @param markdown text in the Markdown subset, possibly {@code null}.
     * @return its HTML, one or more block elements ({@code <p>}, {@code <ul>}, {@code <ol>}); empty for
     *         {@code null} or blank text.
     */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(parse(markdown));
    }

    /**
     * @param markdown text in the Markdown subset, possibly {@code null}.
     * @return its words without any formatting on one line, white space collapsed; empty for {@code null}.
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder(markdown.length());
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    text.append(' '); // between paragraphs and list items; runs of spaces are collapsed below
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * @param address the destination of a link, as the editor wrote it (entities decoded).
     * @return whether it may be a link: an absolute {@code http}/{@code https} address with a host, or a
     *         {@code mailto} address, without white space or control characters.
     */
    public static boolean isAllowedLink(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        String lower = address.toLowerCase(Locale.ROOT);
        for (String web : List.of("https://", "http://")) {
            if (lower.startsWith(web)) {
                return lower.length() > web.length() && "/\\?#@".indexOf(lower.charAt(web.length())) < 0;
            }
        }
        return lower.startsWith("mailto:") && lower.length() > "mailto:".length();
    }

    private static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        Restrictor restrictor = new Restrictor();
        document.accept(restrictor);
        restrictor.apply();
        return document;
    }

    private static void attributes(Node node, String tagName, Map<String, String> attributes) {
        attributes.remove("title");
        if (node instanceof Link link) {
            String lower = link.getDestination().toLowerCase(Locale.ROOT);
            if (lower.startsWith("http")) {
                attributes.put("rel", LINK_REL);
            }
        }
    }

    /** Turns what the subset does not produce back into text, after the walk (the tree is not changed during it). */
    private static final class Restrictor extends AbstractVisitor {

        private final List<Node> unwrap = new ArrayList<>();
        private final List<Node> literal = new ArrayList<>();

        @Override
        public void visit(Link link) {
            if (!isAllowedLink(link.getDestination())) {
                unwrap.add(link);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            unwrap.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(Code code) {
            literal.add(code);
        }

        @Override
        public void visit(HtmlInline html) {
            literal.add(html);
        }

        void apply() {
            for (Node node : literal) {
                String text = node instanceof Code code ? code.getLiteral() : ((HtmlInline) node).getLiteral();
                node.insertBefore(new Text(text));
                node.unlink();
            }
            // Innermost first is not needed: moving children keeps any nested node to unwrap in the tree.
            for (Node node : unwrap) {
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
                node.unlink();
            }
        }
    }
}
