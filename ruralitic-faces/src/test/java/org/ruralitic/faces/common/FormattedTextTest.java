package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormattedTextTest {

    private final FormattedText markdown = new FormattedText();

    @Test
    void aTextKeptGivesTheSameHtmlAsAFreshConversion() {
        String text = "Voir **le programme** : [ici](https://ruralitic.fr/programme)";

        String first = markdown.html(text);
        String again = markdown.html(text);

        assertThat(again).isEqualTo(first).isEqualTo("<p>Voir <strong>le programme</strong> : "
            + "<a href=\"https://ruralitic.fr/programme\" rel=\"nofollow noopener\">ici</a></p>\n");
        assertThat(markdown.text(text)).isEqualTo("Voir le programme : ici");
    }

    @Test
    void anEditedTextIsConvertedAnew() {
        markdown.html("Le *Smart Village*");

        assertThat(markdown.html("Le **Smart Village**")).isEqualTo("<p>Le <strong>Smart Village</strong></p>\n");
    }

    @Test
    void aScriptStaysTextWhenItComesFromTheMemo() {
        String hostile = "<script>alert(1)</script>";

        markdown.html(hostile);

        assertThat(markdown.html(hostile)).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void moreTextsThanItKeepsAreAllStillRight() {
        for (int i = 0; i < FormattedText.KEPT * 2 + 7; i++) {
            assertThat(markdown.html("Article " + i)).isEqualTo("<p>Article " + i + "</p>\n");
        }
        String longest = "a".repeat(FormattedText.LONGEST + 1);
        assertThat(markdown.html(longest)).isEqualTo("<p>" + longest + "</p>\n");
        assertThat(markdown.html(null)).isEmpty();
    }
}
