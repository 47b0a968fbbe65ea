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

    @Test
    void theListFormOfAWholeSiteReadsBesideTheOneEditionForm() {
        ContentFile site = ContentImporter.parse(new StringReader("""
            {"tiers": [{"code": "official", "fr": "Partenaires officiels", "en": "Official partners", "rank": 2,
               "logoSize": "LARGE"}],
             "editions": [{"slug": "assises-2027", "name": "Assises 2027", "status": "DRAFT",
               "partners": [{"partner": "agri-connect", "tier": "official", "order": 1}]},
               {"slug": "assises-2028", "name": "Assises 2028"}],
             "media": [{"path": "/ruralitic/media/42-0123456789ab.png", "fileName": "x.png", "altText": "",
               "decorative": true, "uploadedBy": "claire", "uploadedAt": "2026-11-28T12:00:00Z",
               "content": "iVBORw0KGgo="}]}
            """));
        assertThat(site.edition()).isNull();
        assertThat(site.editions()).extracting(ContentFile.EditionData::slug).containsExactly("assises-2027",
            "assises-2028");
        assertThat(site.editions().get(0).status()).isEqualTo(org.ruralitic.event.EditionStatus.DRAFT);
        assertThat(site.editions().get(0).partners()).singleElement()
            .satisfies(wall -> assertThat(wall.tier()).isEqualTo("official"));
        assertThat(site.tiers().get(0).logoSize()).isEqualTo(org.ruralitic.partner.LogoSize.LARGE);
        assertThat(site.media().get(0).content()).isEqualTo("iVBORw0KGgo=");
    }

    @Test
    void seriesReadAndAFileWrittenBeforeSeriesExistedNamesNone() {
        ContentFile site = ContentImporter.parse(new StringReader("""
            {"series": [{"code": "ruralitic", "name": "RuraliTIC", "main": true},
               {"code": "assises", "name": "Assises du numérique", "main": false}],
             "editions": [{"slug": "assises-2027", "name": "Assises 2027", "series": "assises"},
               {"slug": "ruralitic-2027", "name": "RuraliTIC 2027"}]}
            """));
        assertThat(site.series()).extracting(ContentFile.SeriesData::code, ContentFile.SeriesData::main)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("ruralitic", true),
                org.assertj.core.groups.Tuple.tuple("assises", false));
        assertThat(site.editions()).extracting(ContentFile.EditionData::series).containsExactly("assises", null);
        ContentFile demo = ContentImporter.parse(new StringReader(Fixture.demoContent()));
        assertThat(demo.series()).isNull();
        assertThat(demo.edition().series()).isNull();
    }

    @Test
    void theExportLeavesItsWriterOpenForTheCaller() throws java.io.IOException {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.Writer out = new java.io.FilterWriter(text) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        ContentExporter.write(new ContentFile(null, null, null, null, java.util.List.of(), null, null, null, null),
            out);
        assertThat(closed).isFalse();
        out.write("\n");
        assertThat(ContentImporter.parse(new StringReader(text.toString())).articles()).isEmpty();
    }
}
