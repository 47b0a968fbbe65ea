package org.ruralitic.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.Role;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.Fixture.Services;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.event.Edition;
import org.ruralitic.event.Series;
import org.ruralitic.event.Venue;
import org.ruralitic.media.Images;
import org.ruralitic.media.MediaFile;
import org.ruralitic.media.MediaItem;
import org.ruralitic.partner.TierGroup;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.Speaker;

/**
 * The export of the whole site (issue 12) on one database and provider: the demo content and an image of the media
 * library and a second conference series with an edition, exported, imported into an empty second database and
 * exported again, read the same. Run by
 * {@code PersistenceSuite.Export}; the test removes what it created in the suite's database.
 */
public abstract class ContentExportSuite {

    private static final Actor ADMINISTRATOR = Actor.of("claire", Role.ADMINISTRATOR);
    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    private static final String EDITION = "ruralitic-2019";
    private static final String ILLUSTRATED = "export-vaches-au-pre";
    private static final String SERIES = "assises";
    private static final String SERIES_EDITION = "assises-du-numerique-2027";
    private static final String SERIES_LIST = "SELECT s.code, s.name, s.main FROM Series s ORDER BY s.code";
    private static final String ARTICLES = "SELECT a.slug, a.title, a.status FROM Article a WHERE a.deletedAt IS NULL"
        + " ORDER BY a.slug";

    private final Fixture fixture;
    private final TestDatabase database;
    private final JpaProvider provider;

    protected ContentExportSuite(Fixture fixture, TestDatabase database, JpaProvider provider) {
        this.fixture = fixture;
        this.database = database;
        this.provider = provider;
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSamePagesAndTheSameExport() {
        byte[] png = Images.png(40, 30);
        MediaItem image = fixture.inTransaction(services -> services.media().upload(ADMINISTRATOR, "vaches.png", png,
            "Vaches salers au pré", false));
        Long articleId = fixture.inTransaction(services -> {
            Article article = new Article(ILLUSTRATED, "Vaches au pré", "fr", Fixture.NOW);
            article.illustrate(image.path(), image.altText(), image.width(), image.height(), Fixture.NOW);
            article.append(ArticleBlock.paragraph("Au pré, **à Salers** : ![vaches](" + image.path() + ")"));
            article.append(ArticleBlock.image(image.path(), image.altText(), "À Salers", image.width(),
                image.height()));
            return services.articles().create(article).getId();
        });
        Long[] inSeries = fixture.inTransaction(services -> {
            Series series = services.editions().defineSeries(new Series(SERIES, "Assises du numérique"));
            Edition edition = new Edition(SERIES_EDITION, "Assises du numérique 2027",
                LocalDateTime.of(2027, 3, 4, 9, 0), LocalDateTime.of(2027, 3, 4, 17, 0), ZoneId.of("Europe/Paris"),
                new Venue("Hôtel du Département", null, null, "Aurillac", null, null, "FR", 44.93, 2.44), "fr");
            edition.belongTo(series);
            edition.publish();
            return new Long[] {series.getId(), services.editions().create(edition).getId()};
        });
        try {
            fixture.statements().reset();
            String first = export(fixture);
            int statements = fixture.statements().count();
            assertThat(statements).as("statements of the demo's export").isEqualTo(18);
            try (Fixture empty = new Fixture(database, provider)) {
                empty.statements().reset();
                export(empty);
                assertThat(empty.statements().count()).as("statements of an empty site's export")
                    .isEqualTo(statements);

                ImportReport report = empty.inTransaction(services -> importer(services)
                    .importContent(new StringReader(first)));
                assertThat(report.editions()).isEqualTo(3);
                assertThat(report.sessions()).isEqualTo(26);
                assertThat(report.partners()).isEqualTo(14);
                assertThat(report.media()).isPositive();
                String second = export(empty);
                assertThat(withoutIds(second)).isEqualTo(withoutIds(first));

                samePages(fixture, empty);
                theEditionStayedInItsSeries(fixture, empty);
                theImageMovedWithItsAddresses(empty, image, png);
                assertThat(empty.inTransaction(services -> importer(services)
                    .importContent(new StringReader(first))).isEmpty()).as("imported twice").isTrue();
            }
        }
        finally {
            fixture.inTransaction(services -> {
                services.entityManager().remove(services.entityManager().find(Article.class, articleId));
                services.entityManager().remove(services.entityManager().find(MediaFile.class, image.id()));
                services.entityManager().remove(services.entityManager().find(Edition.class, inSeries[1]));
                return null;
            });
            fixture.inTransaction(services -> {
                services.entityManager().remove(services.entityManager().find(Series.class, inSeries[0]));
                return null;
            });
        }
    }

    @Test
    void onlyAnAdministratorExportsFromTheBackOfficeAndTheExportIsAudited() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> exporter(services)
            .export(EDITOR, new StringWriter()))).isInstanceOf(AccessDeniedException.class);
        StringWriter out = new StringWriter();
        ContentFile content = fixture.inTransaction(services -> exporter(services).export(ADMINISTRATOR, out));
        assertThat(content.editions()).extracting(ContentFile.EditionData::slug).contains(EDITION);
        assertThat(ContentImporter.parse(new StringReader(out.toString())).editions()).hasSize(1);
        List<AuditEntry> entries = fixture.inTransaction(services -> services.audit()
            .entries(ADMINISTRATOR, PageRequest.of(1, 5)).items());
        assertThat(entries).first().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.EXPORT_SITE);
            assertThat(entry.getSubjectType()).isEqualTo(ContentExporter.AUDIT_SUBJECT);
            assertThat(entry.getSubjectLabel()).contains("sessions 26");
        });
    }

    private static void samePages(Fixture original, Fixture copy) {
        for (Fixture each : List.of(original, copy)) {
            List<ProgrammeDay> days = each.inTransaction(services -> services.programme().byDay(edition(services)));
            assertThat(days.stream().mapToInt(day -> day.sessions().size()).sum()).isEqualTo(26);
            assertThat(each.<List<Speaker>>inTransaction(services -> services.programme()
                .speakersOf(edition(services)))).hasSize(15);
        }
        assertThat(read(copy, ARTICLES)).isEqualTo(read(original, ARTICLES)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(read(copy, "SELECT COUNT(a) FROM Article a WHERE a.status = org.ruralitic.article.ArticleStatus"
            + ".PUBLISHED")).isEqualTo(read(original, "SELECT COUNT(a) FROM Article a WHERE a.deletedAt IS NULL"
            + " AND a.status = org.ruralitic.article.ArticleStatus.PUBLISHED"));
        Function<Services, List<String>> wall = services -> services.partners().wallOf(edition(services)).stream()
            .flatMap((TierGroup group) -> group.partners().stream().map(p -> group.tier().getCode() + ":" + p.getSlug()))
            .toList();
        assertThat(copy.inTransaction(wall)).isEqualTo(original.inTransaction(wall)).hasSize(14)
            .startsWith("founding:volcans-numeriques");
        assertThat(copy.<List<String>>inTransaction(services -> services.programme().findSession(edition(services),
            "presentation-sdun-cantal").orElseThrow().getSpeakers().stream().map(Speaker::getSlug).toList()))
            .isEqualTo(original.<List<String>>inTransaction(services -> services.programme().findSession(edition(services),
                "presentation-sdun-cantal").orElseThrow().getSpeakers().stream().map(Speaker::getSlug).toList()));
    }

    private static void theEditionStayedInItsSeries(Fixture original, Fixture copy) {
        assertThat(read(copy, SERIES_LIST)).isEqualTo(read(original, SERIES_LIST))
            .isEqualTo(List.of(List.of(SERIES, "Assises du numérique", false),
                List.of(Series.MAIN_CODE, "RuraliTIC", true)));
        for (String slug : List.of(SERIES_EDITION, EDITION, "smart-agri-forum-2019")) {
            String series = slug.equals(SERIES_EDITION) ? SERIES : Series.MAIN_CODE;
            assertThat(copy.<String>inTransaction(services -> services.editions().findBySlug(slug).orElseThrow()
                .getSeries().getCode())).as("series of " + slug).isEqualTo(series);
        }
        assertThat(copy.<List<String>>inTransaction(services -> services.editions().featured(services.editions()
            .findSeries(SERIES).orElseThrow()).stream().map(Edition::getSlug).toList()))
            .containsExactly(SERIES_EDITION);
        assertThat(copy.<List<String>>inTransaction(services -> services.editions().upcoming().stream()
            .map(Edition::getSlug).toList())).doesNotContain(SERIES_EDITION);
    }

    private static void theImageMovedWithItsAddresses(Fixture copy, MediaItem original, byte[] png) {
        MediaItem moved = copy.inTransaction(services -> services.media().findByContent(png)).orElseThrow();
        assertThat(moved.path()).isNotEqualTo(original.path());
        assertThat(moved.altText()).isEqualTo("Vaches salers au pré");
        assertThat(copy.<byte[]>inTransaction(services -> services.media().file(moved.id()).orElseThrow().getContent()))
            .isEqualTo(png);
        Article article = copy.inTransaction(services -> {
            Article read = services.entityManager().createQuery(
                "SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.blocks WHERE a.slug = :slug", Article.class)
                .setParameter("slug", ILLUSTRATED).getSingleResult();
            services.entityManager().clear(); // read only: EclipseLink need not compare the blocks at commit
            return read;
        });
        assertThat(article.getImageUrl()).isEqualTo(moved.path());
        assertThat(article.getImageWidth()).isEqualTo(40);
        assertThat(article.getBlocks().get(0).getText()).contains("(" + moved.path() + ")")
            .doesNotContain(original.path());
        assertThat(article.getBlocks().get(1).getImageUrl()).isEqualTo(moved.path());
        assertThat(article.getBlocks().get(1).getImageHeight()).isEqualTo(30);
    }

    private static Edition edition(Services services) {
        return services.editions().findBySlug(EDITION).orElseThrow();
    }

    private static List<?> read(Fixture fixture, String jpql) {
        return fixture.inTransaction(services -> services.entityManager().createQuery(jpql).getResultList().stream()
            .map(row -> row instanceof Object[] columns ? List.of(columns) : row).toList());
    }

    private static String export(Fixture fixture) {
        StringWriter out = new StringWriter();
        fixture.inTransaction(services -> exporter(services).export(out));
        return out.toString();
    }

    // The images' identifiers are the new database's: their addresses differ by them alone.
    private static String withoutIds(String json) {
        return json.replaceAll("/ruralitic/media/[0-9]+-", "/ruralitic/media/ID-");
    }

    private static ContentExporter exporter(Services services) {
        return new ContentExporter(services.entityManager(), services.audit());
    }

    private static ContentImporter importer(Services services) {
        return new ContentImporter(services.themes(), services.editions(), services.programme(), services.partners(),
            services.articles(), services.media(), services.clock());
    }
}
