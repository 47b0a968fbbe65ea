package org.ruralitic.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.ruralitic.article.BlockKind;
import org.ruralitic.common.Fixture;

class ContentFileTest {

    @Test
    void theDemoContentReads() {
        ContentFile demo = ContentImporter.parse(new StringReader(Fixture.demoContent()));
        assertThat(demo.edition().name()).isEqualTo("RuraliTIC 2019");
        assertThat(demo.edition().start()).isEqualTo(LocalDateTime.of(2019, 8, 27, 9, 0));
        assertThat(demo.edition().colocated()).extracting(ContentFile.EditionData::name).containsExactly("Smart Agri Forum");
        assertThat(demo.partners()).hasSize(14);
        assertThat(demo.articles()).filteredOn(article -> article.slug().startsWith("cantal-")).singleElement()
            .satisfies(interview -> assertThat(interview.blocks()).extracting(ContentFile.BlockData::type)
                .containsOnly(BlockKind.PARAGRAPH, BlockKind.QUESTION_ANSWER));
    }

    @Test
    void aMisspeltKeyIsRefused() {
        assertThatThrownBy(() -> ContentImporter.parse(new StringReader("{\"themes\": [{\"cod\": \"x\"}]}")))
            .isInstanceOf(ContentException.class).hasMessageContaining("cod");
    }

    @Test
    void somethingElseThanJsonIsRefused() {
        assertThatThrownBy(() -> ContentImporter.parse(new StringReader("<edition/>")))
            .isInstanceOf(ContentException.class).hasMessageStartingWith("Not a RuraliTIC content file");
    }
}
