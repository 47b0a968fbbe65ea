package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void indentationGoesAndEachLineBreakStays() {
        assertThat(Whitespace.html("<ol>\n    <li>\n        <time>09:30</time>\n        à  \n        <time>10:15</time>\n    </li>\n\n</ol>"))
            .isEqualTo("<ol>\n<li>\n<time>09:30</time>\nà\n<time>10:15</time>\n</li>\n</ol>");
    }

    @Test
    void spacesWithoutLineBreakAreLeftAlone() {
        assertThat(Whitespace.html("<p>Salle : <b>Cantal</b>  et  plus</p>")).isEqualTo("<p>Salle : <b>Cantal</b>  et  plus</p>");
    }

    @Test
    void longRunsOfWhiteSpaceAreReadOnce() {
        String spaces = " ".repeat(200_000);
        assertThat(Whitespace.html("<p>a" + spaces + "b</p>")).isEqualTo("<p>a" + spaces + "b</p>");
        assertThat(Whitespace.html("<p>a" + spaces + "\n" + spaces + "b</p>")).isEqualTo("<p>a\nb</p>");
    }

    @Test
    void preformattedTextFormsScriptsAndStylesKeepTheirWhiteSpace() {
        String kept = "<PRE class=\"code\">\n    indented\n\n    twice</PRE>\n  <textarea name=\"t\">\n  a\n  b</textarea>\n"
            + "  <script type=\"application/ld+json\">{\n  \"name\": \"x\"\n}</script>\n  <style>\n  a { }\n</style>";
        assertThat(Whitespace.html("<div>\n    " + kept + "\n</div>")).isEqualTo("<div>\n"
            + "<PRE class=\"code\">\n    indented\n\n    twice</PRE>\n<textarea name=\"t\">\n  a\n  b</textarea>\n"
            + "<script type=\"application/ld+json\">{\n  \"name\": \"x\"\n}</script>\n<style>\n  a { }\n</style>\n</div>");
    }

    @Test
    void keptMarkupBetweenItsMarksIsCopiedAsItIsWithoutTheMarks() {
        String kept = Whitespace.VERBATIM + "<li>\n  déjà  réduit\n</li>" + Whitespace.VERBATIM;
        assertThat(Whitespace.html("<ul>\n    " + kept + "\n    </ul>"))
            .isEqualTo("<ul>\n<li>\n  déjà  réduit\n</li>\n</ul>");
        // A mark without its pair spares the rest of the page, and goes.
        assertThat(Whitespace.html("<p>\n   a" + Whitespace.VERBATIM + "\n   b</p>")).isEqualTo("<p>\na\n   b</p>");
    }

    @Test
    void pagesAreEncodedInUtf8AsTheJdkDoesLoneSurrogatesIncluded() {
        String text = "<p>Aurillac — l’été, 20 €, café 😀 «\u00a0ok\u00a0» \ud800 x \udc00</p>";
        assertThat(Whitespace.utf8(text.toCharArray(), text.length())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        String page = "<ul>\n    <li>l’été 😀</li>\n</ul>";
        assertThat(new String(Whitespace.htmlUtf8(page.toCharArray(), page.length()), StandardCharsets.UTF_8))
            .isEqualTo(Whitespace.html(page)).isEqualTo("<ul>\n<li>l’été 😀</li>\n</ul>");
    }

    @Test
    void styleSheetsLoseCommentsAndSpacesButNotDescendantCombinatorsOrStrings() {
        assertThat(Whitespace.css("/* theme\n * more */\n:root {\n    --rt-x: 1rem;\n}\n\n.rt-page :focus-visible,\n"
            + ".rt-a > b {\n    outline: 3px solid var(--rt-x);\n}\n.rt-author::before {\n    content: \" · \";\n}\n"
            + "@media (max-width: 40rem) {\n    .rt-b { margin: 0 calc(1rem + 2px); }\n}\n"))
            .isEqualTo(":root{--rt-x:1rem}.rt-page :focus-visible,.rt-a > b{outline:3px solid var(--rt-x)}"
                + ".rt-author::before{content:\" · \"}@media (max-width:40rem){.rt-b{margin:0 calc(1rem + 2px)}}");
    }

    @Test
    void theLibraryStyleSheetLosesOnlyCommentsAndWhiteSpace() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/ruralitic/ruralitic.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String minified = Whitespace.css(css);
        assertThat(minified.length()).isLessThan(css.length() * 8 / 10);
        // Nothing but white space, comments and the last semicolon of a block is gone.
        assertThat(minified.replaceAll("\\s", ""))
            .isEqualTo(css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s", "").replace(";}", "}"));
        assertThat(minified).contains(".rt-page :focus-visible");
    }
}
