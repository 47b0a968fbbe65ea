package org.ruralitic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What the inline formatting produces, read back as a tree: only the allowed elements and attributes, links only
 * to web and mail addresses, whatever hostile text comes in.
 */
class MarkdownTest {

    private static final Set<String> ELEMENTS = Set.of("p", "em", "strong", "a", "ul", "ol", "li", "br");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"), "ol", Set.of("start"));

    static List<String> hostile() {
        return List.of(
            "<script>alert(1)</script>",
            "Bonjour <script>alert(1)</script> le monde",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<a href=\"javascript:alert(1)\">clic</a>",
            "<p onclick=\"alert(1)\">texte</p>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<b>non fermé <i>toujours",
            "<!-- commentaire --> <![CDATA[x]]> <?php echo 1 ?>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "[clic](&#106;avascript:alert(1))",
            "[clic](&#x6A;&#x61;vascript:alert(1))",
            "[clic](%6Aavascript:alert(1))",
            "[clic](<java script:alert(1)>)",
            "[clic](<javascript\t:alert(1)>)",
            "[clic]( javascript:alert(1))",
            "[clic](\\javascript:alert(1))",
            "[clic](vbscript:msgbox(1))",
            "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[clic](DATA:text/html,<script>alert(1)</script>)",
            "[clic](//evil.example/x)",
            "[clic](/relative/path)",
            "[clic](../up)",
            "[clic](https:/evil.example)",
            "[clic](http:\\\\evil.example)",
            "[clic][ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "<https://ok.example/\"onmouseover=\"alert(1)>",
            "[x](https://ok.example/\" onmouseover=\"alert(1))",
            "[x](https://ok.example \"titre\" onclick=\"alert(1)\")",
            "![alt](javascript:alert(1))",
            "![alt\" onerror=\"alert(1)](https://evil.example/x.png)",
            "[![img](https://evil.example/x.png)](javascript:alert(1))",
            "`<script>alert(1)</script>`",
            "```\n<script>alert(1)</script>\n```",
            "    <script>alert(1)</script>",
            "# Titre <script>alert(1)</script>",
            "> citation <img src=x onerror=alert(1)>",
            "---",
            "| a | b |\n|---|---|\n| <script>x</script> | 2 |",
            "***gras et italique*** **gras *imbriqué* ici** *a **b** c*",
            "**non fermé *toujours [lien](https://ok.example",
            "[lien non fermé(https://ok.example",
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;script&#62;",
            "- <script>a</script>\n- [b](javascript:x)\n  1. <img src=x onerror=y>",
            "3. trois\n4. quatre",
            "\u0000<scr\u0000ipt>alert(1)</script>",
            "x".repeat(1000) + "<" + "*".repeat(5000) + "[".repeat(5000) + "](javascript:a)");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextGivesOnlyAllowedElementsAndSafeLinks(String markdown) throws Exception {
        Document html = parse(Markdown.toHtml(markdown));
        for (Element element : elements(html)) {
            assertThat(element.getTagName()).as("element in %s", markdown).isIn(ELEMENTS);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertThat(attributes.item(i).getNodeName()).as("attribute in %s", markdown)
                    .isIn(ATTRIBUTES.getOrDefault(element.getTagName(), Set.of()));
            }
            if (element.getTagName().equals("a")) {
                assertThat(element.getAttribute("href")).matches("(https?://[^/\\\\?#@].*|mailto:.+)");
            }
            if (element.getTagName().equals("ol") && element.hasAttribute("start")) {
                assertThat(element.getAttribute("start")).matches("[0-9]+");
            }
        }
        assertThat(Markdown.toHtml(markdown)).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
            .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("javascript:\"")
            .doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data");
    }

    @Test
    void rawHtmlIsShownAsTypedNeverPassedThrough() throws Exception {
        Document html = parse(Markdown.toHtml("Bonjour <script>alert(1)</script>"));
        assertThat(elements(html)).extracting(Element::getTagName).containsExactly("p");
        assertThat(html.getDocumentElement().getTextContent().strip()).isEqualTo("Bonjour <script>alert(1)</script>");
        assertThat(Markdown.toHtml("<img src=x onerror=alert(1)>")).isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
    }

    @Test
    void aForbiddenLinkKeepsItsTextAndLosesItsLink() throws Exception {
        for (String address : List.of("javascript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,x",
            "vbscript:x", "/relative", "//evil.example", "ftp://files.example")) {
            Document html = parse(Markdown.toHtml("Voir [ce lien](" + address + ") ici"));
            assertThat(elements(html)).as(address).extracting(Element::getTagName).containsExactly("p");
            assertThat(html.getDocumentElement().getTextContent().strip()).as(address).isEqualTo("Voir ce lien ici");
        }
    }

    @Test
    void webAndMailLinksAreLinksWithRel() throws Exception {
        Document html = parse(Markdown.toHtml("[Le site](https://ruralitic.fr/programme?jour=1) ou "
            + "[écrire](mailto:contact@cantal.fr) ou <http://example.org>"));
        List<Element> links = elements(html).stream().filter(e -> e.getTagName().equals("a")).toList();
        assertThat(links).extracting(link -> link.getAttribute("href"))
            .containsExactly("https://ruralitic.fr/programme?jour=1", "mailto:contact@cantal.fr", "http://example.org");
        assertThat(links).extracting(link -> link.getAttribute("rel")).containsExactly(Markdown.LINK_REL, "", Markdown.LINK_REL);
        assertThat(links).extracting(Node::getTextContent).containsExactly("Le site", "écrire", "http://example.org");
    }

    @Test
    void emphasisStrongListsAndLineBreaks() {
        assertThat(Markdown.toHtml("Un *mot* et un **autre**\nà la ligne\n\n- pomme\n- poire\n\n1. un\n2. deux"))
            .isEqualTo("<p>Un <em>mot</em> et un <strong>autre</strong><br />\nà la ligne</p>\n"
                + "<ul>\n<li>pomme</li>\n<li>poire</li>\n</ul>\n<ol>\n<li>un</li>\n<li>deux</li>\n</ol>\n");
        assertThat(Markdown.toHtml("3. trois")).isEqualTo("<ol start=\"3\">\n<li>trois</li>\n</ol>\n");
    }

    @Test
    void headingsCodeQuotesAndBreaksStayTheTextTyped() throws Exception {
        assertThat(Markdown.toHtml("# Titre")).isEqualTo("<p># Titre</p>\n");
        assertThat(Markdown.toHtml("> cité")).isEqualTo("<p>&gt; cité</p>\n");
        assertThat(Markdown.toHtml("---")).isEqualTo("<p>---</p>\n");
        assertThat(Markdown.toHtml("`x < y`")).isEqualTo("<p>x &lt; y</p>\n");
        assertThat(parse(Markdown.toHtml("![une vache](https://example.org/vache.png)")).getDocumentElement()
            .getTextContent().strip()).isEqualTo("une vache");
    }

    @Test
    void plainTextHasTheWordsOnly() {
        assertThat(Markdown.toPlainText("Un *mot*, un **autre** et [un lien](https://example.org).\n\n- a\n- b"))
            .isEqualTo("Un mot, un autre et un lien. a b");
        assertThat(Markdown.toPlainText("<script>alert(1)</script> &amp;")).isEqualTo("<script>alert(1)</script> &");
        assertThat(Markdown.toPlainText(null)).isEmpty();
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  \n ")).isEmpty();
    }

    @Test
    void plainTextWithoutMarkdownRendersAsOneParagraph() {
        String demo = "RuraliTIC est le rendez-vous annuel des collectivités — « le numérique » à 100 % !";
        assertThat(Markdown.toHtml(demo)).isEqualTo("<p>" + demo + "</p>\n");
        assertThat(Markdown.toPlainText(demo)).isEqualTo(demo);
    }

    @Test
    @Timeout(10)
    void veryLongAndDeeplyNestedInputIsRenderedQuickly() throws Exception {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            nested.append(i % 2 == 0 ? "*" : "**").append("[");
        }
        String huge = "a ".repeat(200_000) + nested + "<script>" + "> ".repeat(10_000) + "- ".repeat(10_000);
        long start = System.nanoTime();
        String html = Markdown.toHtml(huge);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        for (Element element : elements(parse(html))) {
            assertThat(element.getTagName()).isIn(ELEMENTS);
        }
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void onlyWebAndMailAddressesMayBeLinks() {
        assertThat(Markdown.isAllowedLink("https://example.org")).isTrue();
        assertThat(Markdown.isAllowedLink("HTTP://EXAMPLE.ORG/x")).isTrue();
        assertThat(Markdown.isAllowedLink("mailto:a@b.fr")).isTrue();
        for (String refused : List.of("", "https://", "https:///x", "http://@x", "mailto:", "javascript:x", " https://x",
            "https://x y", "https://x\n", "//x", "/x", "x", "data:x", "file:///etc/passwd", "java\tscript:x")) {
            assertThat(Markdown.isAllowedLink(refused)).as(refused).isFalse();
        }
        assertThat(Markdown.isAllowedLink(null)).isFalse();
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + html + "</root>")));
    }

    private static List<Element> elements(Document document) {
        List<Element> elements = new ArrayList<>();
        NodeList all = document.getDocumentElement().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }
}
