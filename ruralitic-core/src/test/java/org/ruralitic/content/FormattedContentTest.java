package org.ruralitic.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ruralitic.article.BlockKind;
import org.ruralitic.common.Fixture;
import org.ruralitic.text.Markdown;

/** The content file and the inline formatting: the demo renders as it did, Markdown is read as typed. */
class FormattedContentTest {

    @Test
    void theDemoArticlesRenderAsBeforeTheirTextsBecomingPlainParagraphs() {
        ContentFile demo = ContentImporter.parse(new StringReader(Fixture.demoContent()));
        List<String> formatted = demo.articles().stream().flatMap(article -> article.blocks().stream())
            .flatMap(block -> Stream.of(block.type() == BlockKind.QUESTION_ANSWER ? block.answer() : null,
                block.type() == BlockKind.PARAGRAPH || block.type() == BlockKind.QUOTATION ? block.text() : null))
            .filter(Objects::nonNull).toList();
        assertThat(formatted).hasSizeGreaterThan(10);
        for (String text : formatted) {
            String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
            assertThat(Markdown.toHtml(text)).isEqualTo("<p>" + escaped + "</p>\n");
        }
    }

    @Test
    void markdownInBlocksIsReadAsTyped() {
        String json = """
            {"articles": [{"slug": "formatage", "title": "Formatage", "language": "fr",
              "publishedAt": "2019-03-12T09:00:00+01:00", "status": "PUBLISHED",
              "blocks": [{"type": "PARAGRAPH", "text": "Un **mot** et [un lien](https://ruralitic.fr)\\n\\n- a\\n- b"},
                {"type": "QUESTION_ANSWER", "question": "Q ?", "answer": "1. *un*\\n2. <script>x</script>"},
                {"type": "QUOTATION", "text": "« **Oui** »"}]}]}
            """;
        ContentFile file = ContentImporter.parse(new StringReader(json));
        assertThat(file.articles().get(0).blocks()).extracting(ContentFile.BlockData::text, ContentFile.BlockData::answer)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("Un **mot** et [un lien](https://ruralitic.fr)\n\n- a\n- b", null),
                org.assertj.core.groups.Tuple.tuple(null, "1. *un*\n2. <script>x</script>"),
                org.assertj.core.groups.Tuple.tuple("« **Oui** »", null));
    }
}
