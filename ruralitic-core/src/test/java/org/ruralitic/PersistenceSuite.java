package org.ruralitic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.clockAt;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.article.ArticleEditingSuite;
import org.ruralitic.article.ArticleListsSuite;
import org.ruralitic.article.BlockKind;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.common.Zones;
import org.ruralitic.content.ContentException;
import org.ruralitic.content.ImportReport;
import org.ruralitic.event.Edition;
import org.ruralitic.event.SocialNetwork;
import org.ruralitic.mail.OutboxSuite;
import org.ruralitic.media.MediaSuite;
import org.ruralitic.newsletter.NewsletterIssueSuite;
import org.ruralitic.newsletter.NewsletterSuite;
import org.ruralitic.newsletter.SubscribersSuite;
import org.ruralitic.newsletter.SignUpGuardSuite;
import org.ruralitic.programme.ProgrammeEditingSuite;
import org.ruralitic.partner.LogoSize;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.TierGroup;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;
import org.ruralitic.schema.SchemaMigrator;
import org.ruralitic.theme.Theme;

/**
 * The migrations and every service query, on one database and one JPA provider, against the demo content. Run once
 * per database and provider by the concrete classes beside it (the OmniPersistence way).
 * <p>
 * Results are read after their entity manager is closed, as a view reads them: a lazy association the service
 * forgot to load fails here on Hibernate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PersistenceSuite {

    static final String EDITION = "ruralitic-2019";
    static final String INTERVIEW = "cantal-departement-pionnier-du-numerique-rural";

    private final TestDatabase database;
    private final JpaProvider provider;
    Fixture fixture;
    ImportReport imported;

    protected PersistenceSuite(TestDatabase database, JpaProvider provider) {
        this.database = database;
        this.provider = provider;
    }

    @BeforeAll
    void createDatabase() {
        fixture = new Fixture(database, provider);
        imported = fixture.importDemo();
    }

    @AfterAll
    void dropDatabase() {
        if (fixture != null) {
            fixture.close();
        }
    }

    Edition edition() {
        return fixture.inTransaction(services -> services.editions().findBySlug(EDITION).orElseThrow());
    }

    @Nested
    class Schema {

        @Test
        void migrationsCreateTheFiveDefaultTiersInRankOrder() {
            List<PartnerTier> tiers = fixture.inTransaction(services -> services.partners().tiers());
            assertThat(tiers).extracting(PartnerTier::getCode)
                .containsExactly("founding", "official", "supplier", "media", "associated");
            assertThat(tiers.get(0).getLabel().getFrench()).isEqualTo("Partenaire fondateur");
            assertThat(tiers.get(3).getLabel().getEnglish()).isEqualTo("Media partners");
            assertThat(tiers.get(0).getLogoSize()).isEqualTo(LogoSize.EXTRA_LARGE);
        }

        @Test
        void eclipseLinkRunsWovenAsOnPayara() {
            // Without weaving EclipseLink loads lazy to-one associations eagerly, and the statement counts lie.
            Assumptions.assumeTrue(provider == JpaProvider.ECLIPSELINK, "weaving is EclipseLink's");
            assertThat(Article.class.getInterfaces()).extracting(Class::getSimpleName).contains("PersistenceWeaved");
        }

        @Test
        void migratingAnUpToDateSchemaAppliesNothing() {
            assertThat(SchemaMigrator.migrate(fixture.dataSource())).isZero();
        }
    }

    @Nested
    class Content {

        @Test
        void demoContentIsImportedWhole() {
            assertThat(imported.editions()).isEqualTo(2);
            assertThat(imported.sessions()).isEqualTo(26);
            assertThat(imported.partners()).isEqualTo(14);
            assertThat(imported.articles()).isEqualTo(7);
        }

        @Test
        void importingTheSameContentAgainCreatesNothing() {
            assertThat(fixture.importDemo().isEmpty()).isTrue();
        }

        @Test
        void anInvalidItemIsNamedAndNothingOfTheFileIsKept() {
            String json = """
                {"themes": [{"code": "tmp-theme", "fr": "Provisoire", "en": "Temporary"}],
                 "edition": {"slug": "broken-2030", "name": "Broken", "tagline": null,
                   "start": "2030-05-02T09:00", "end": "2030-05-01T18:00", "timeZone": "Europe/Paris",
                   "language": "fr", "description": null, "imageUrl": null, "organizerName": null,
                   "organizerUrl": null, "venue": {"name": "Salle", "street": null, "postalCode": null,
                   "city": "Aurillac", "department": null, "region": null, "country": "FR", "latitude": null,
                   "longitude": null}, "themes": [], "socialLinks": [], "sessions": [], "colocated": []}}
                """;
            assertThatThrownBy(() -> fixture.importContent(json)).isInstanceOf(ContentException.class)
                .hasMessageContaining("edition broken-2030");
            assertThat(fixture.<Optional<?>>inTransaction(services -> services.editions().findBySlug("broken-2030"))).isEmpty();
            assertThat(fixture.<Optional<?>>inTransaction(services -> services.themes().findByCode("tmp-theme"))).isEmpty();
        }
    }

    @Nested
    class Editions {

        @Test
        void theLatestPastEditionIsFeaturedWhenNoneIsToCome() {
            Edition featured = fixture.inTransaction(services -> services.editions().featured()).orElseThrow();
            assertThat(featured.getName()).isEqualTo("RuraliTIC 2019");
            assertThat(featured.getTagline()).isEqualTo("Le Smart Village");
            assertThat(featured.start()).isEqualTo(ZonedDateTime.of(2019, 8, 27, 9, 0, 0, 0, Zones.PARIS));
            assertThat(featured.days()).containsExactly(LocalDate.of(2019, 8, 27), LocalDate.of(2019, 8, 28),
                LocalDate.of(2019, 8, 29));
            assertThat(featured.getVenue().getCity()).isEqualTo("Aurillac");
            assertThat(featured.getVenue().getName()).isEqualTo("Centre des Congrès d'Aurillac");
            assertThat(featured.getThemes()).extracting(Theme::getCode).contains("agriculture", "telemedecine")
                .isSorted();
            assertThat(featured.getSocialLinks()).extracting(link -> link.getNetwork())
                .containsExactly(SocialNetwork.TWITTER, SocialNetwork.FACEBOOK, SocialNetwork.LINKEDIN,
                    SocialNetwork.YOUTUBE);
        }

        @Test
        void anEditionToComeIsFeaturedAndListedAsUpcoming() {
            Instant summer2019 = Instant.parse("2019-08-01T00:00:00Z");
            Edition featured = fixture.inTransaction(clockAt(summer2019), services -> services.editions().featured())
                .orElseThrow();
            assertThat(featured.getSlug()).isEqualTo(EDITION);
            assertThat(fixture.<List<Edition>>inTransaction(clockAt(summer2019), services -> services.editions().upcoming()))
                .extracting(Edition::getSlug).containsExactly(EDITION);
            assertThat(fixture.<List<Edition>>inTransaction(clockAt(summer2019), services -> services.editions().past())).isEmpty();
        }

        @Test
        void pastEditionsListMainEditionsOnly() {
            assertThat(fixture.<List<Edition>>inTransaction(services -> services.editions().past())).extracting(Edition::getSlug)
                .containsExactly(EDITION);
        }

        @Test
        void theSmartAgriForumIsCoLocatedWithTheEdition() {
            List<Edition> colocated = fixture.inTransaction(services -> services.editions().colocatedWith(edition()));
            assertThat(colocated).extracting(Edition::getName).containsExactly("Smart Agri Forum");
            Edition forum = fixture.inTransaction(services -> services.editions().findBySlug(colocated.get(0).getSlug()))
                .orElseThrow();
            assertThat(forum.getPartOf().getName()).isEqualTo("RuraliTIC 2019");
        }
    }

    @Nested
    class Programme {

        @Test
        void theProgrammeIsGroupedByDayEachDayByStartTime() {
            List<ProgrammeDay> days = fixture.inTransaction(services -> services.programme().byDay(edition()));
            assertThat(days).extracting(ProgrammeDay::day).containsExactly(LocalDate.of(2019, 8, 27),
                LocalDate.of(2019, 8, 28), LocalDate.of(2019, 8, 29));
            for (ProgrammeDay day : days) {
                assertThat(day.sessions()).extracting(ProgrammeSession::getStartLocal).isSorted();
                assertThat(day.sessions()).allMatch(session -> session.day().equals(day.day()));
            }
            assertThat(days.stream().mapToInt(day -> day.sessions().size()).sum()).isEqualTo(26);
            ProgrammeSession opening = days.get(0).sessions().get(0);
            assertThat(opening.getSpeakers()).isNotEmpty();
            assertThat(opening.getSpeakers().get(0).getName()).isNotBlank();
            assertThat(opening.getTrack().getCode()).isNotBlank();
            assertThat(opening.start().getZone()).isEqualTo(Zones.PARIS);
        }

        @Test
        void theCoLocatedDaysSessionsAreInTheEditionsProgramme() {
            List<ProgrammeDay> days = fixture.inTransaction(services -> services.programme().byDay(edition()));
            assertThat(days.get(1).sessions()).extracting(session -> session.getEdition().getName())
                .contains("Smart Agri Forum", "RuraliTIC 2019");
        }

        @Test
        void aSessionIsFoundBySlugWithItsSpeakers() {
            ProgrammeSession session = fixture.inTransaction(services -> services.programme()
                .findSession(edition(), "presentation-sdun-cantal")).orElseThrow();
            assertThat(session.getTitle()).containsIgnoringCase("SDUN");
            assertThat(session.getSpeakers()).isNotEmpty();
            assertThat(fixture.<Optional<?>>inTransaction(services -> services.programme().findSession(edition(), "nope"))).isEmpty();
        }

        @Test
        void speakersAreListedByName() {
            List<Speaker> speakers = fixture.inTransaction(services -> services.programme().speakersOf(edition()));
            assertThat(speakers).hasSize(15);
            assertThat(speakers).extracting(Speaker::getName).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
        }

        @Test
        void aProgrammeCostsTheSameStatementsWhateverItsSize() {
            Edition main = edition();
            Edition forum = fixture.inTransaction(services -> services.editions().colocatedWith(main)).get(0);
            int large = countStatements(() -> fixture.inTransaction(services -> services.programme().byDay(main)));
            int small = countStatements(() -> fixture.inTransaction(services -> services.programme().byDay(forum)));
            assertThat(large).isEqualTo(small).isLessThanOrEqualTo(2);
        }
    }

    @Nested
    class Articles {

        @Test
        void publishedArticlesComeNewestFirstWithoutDrafts() {
            PageResult<Article> page = fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 4), null, null));
            assertThat(page.total()).isEqualTo(6);
            assertThat(page.pageCount()).isEqualTo(2);
            assertThat(page.items()).hasSize(4).extracting(Article::getPublishedAt).isSortedAccordingTo(
                (a, b) -> b.compareTo(a));
            assertThat(page.items().get(0).getSlug()).isEqualTo("ruralitic-2019-guide-for-international-visitors");
            assertThat(page.items()).allMatch(article -> !article.getThemes().isEmpty());
            PageResult<Article> second = fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(2, 4), null, null));
            assertThat(second.items()).extracting(Article::getSlug)
                .containsExactly("tiers-lieux-cantal-campagne-qui-travaille", "ouverture-inscriptions-ruralitic-2019");
        }

        @Test
        void articlesAreFilteredByThemeAndLanguage() {
            PageResult<Article> agriculture = fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 10), "agriculture", null));
            assertThat(agriculture.items()).extracting(Article::getSlug).containsExactly(
                "ruralitic-2019-guide-for-international-visitors", "smart-agri-forum-2019-agriculture-numerique");
            PageResult<Article> english = fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 10), null, "en"));
            assertThat(english.total()).isEqualTo(1);
            PageResult<Article> unknownTheme = fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 10), "no-such-theme", null));
            assertThat(unknownTheme.items()).isEmpty();
        }

        @Test
        void theInterviewReadsAsThreeQuestionsAndAnswers() {
            Article interview = fixture.inTransaction(services -> services.articles().findBySlug(INTERVIEW)).orElseThrow();
            assertThat(interview.getTitle()).isEqualTo("Cantal, Département pionnier du Numérique Rural");
            assertThat(interview.isInterview()).isTrue();
            assertThat(interview.getPublishedAt()).isEqualTo(Instant.parse("2019-06-19T08:00:00Z"));
            assertThat(interview.getBlocks()).extracting(ArticleBlock::getKind).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.QUESTION_ANSWER, BlockKind.QUESTION_ANSWER, BlockKind.QUESTION_ANSWER);
            assertThat(interview.getBlocks().get(1).getAnswer()).contains("92");
            assertThat(interview.getThemes()).hasSize(3).extracting(Theme::getCode).isSorted();
            assertThat(interview.getEdition().getName()).isEqualTo("RuraliTIC 2019");
        }

        @Test
        void aDraftCannotBeRead() {
            assertThat(fixture.<Optional<?>>inTransaction(services -> services.articles().findBySlug("ruralitic-2019-bilan")))
                .isEmpty();
        }

        @Test
        void aTakenSlugGetsTheFirstFreeSuffix() {
            Article copy = fixture.inTransaction(services -> services.articles()
                .create(new Article(INTERVIEW, "Copie", "fr", Fixture.NOW)));
            assertThat(copy.getSlug()).isEqualTo(INTERVIEW + "-2");
        }

        @Test
        void aScheduledArticleIsListedFromItsDateOn() {
            Instant tomorrow = Fixture.NOW.plus(Duration.ofDays(1));
            fixture.inTransaction(services -> {
                Article article = new Article("annonce-2027", "Annonce de l'édition 2027", "fr", Fixture.NOW);
                article.publish(tomorrow, Fixture.NOW);
                return services.articles().create(article);
            });
            assertThat(fixture.<Optional<?>>inTransaction(services -> services.articles().findBySlug("annonce-2027"))).isEmpty();
            PageResult<Article> later = fixture.inTransaction(clockAt(tomorrow.plusSeconds(1)),
                services -> services.articles().published(PageRequest.of(1, 1), null, null));
            assertThat(later.items()).extracting(Article::getSlug).containsExactly("annonce-2027");
        }

        @Test
        void theLatestArticlesNeedNoCount() {
            List<Article> latest = fixture.inTransaction(services -> services.articles().latest(2, null, null));
            assertThat(latest).extracting(Article::getSlug).containsExactly(
                "ruralitic-2019-guide-for-international-visitors", "smart-agri-forum-2019-agriculture-numerique");
            assertThat(latest.get(0).getThemes()).isNotEmpty();
            assertThat(countStatements(() -> fixture.inTransaction(services -> services.articles().latest(5, null, null))))
                .isEqualTo(2);
        }

        @Test
        void aPageCostsTheSameStatementsWhateverItsSize() {
            fixture.inTransaction(services -> services.articles().published(PageRequest.of(1, 1), null, null)); // total
            int one = countStatements(() -> fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 1), null, null)));
            int six = countStatements(() -> fixture.inTransaction(services -> services.articles()
                .published(PageRequest.of(1, 6), null, null)));
            assertThat(six).isEqualTo(one).isEqualTo(2);
        }
    }

    @Nested
    class Feed {

        @Test
        void theFeedReadsTheNewestArticlesWithBodiesAndThemesInThreeStatements() {
            fixture.statements().reset();
            List<Article> latest = fixture.inTransaction(services -> services.articles().latestWithBodies(20, null, null));
            assertThat(fixture.statements().count()).isEqualTo(3);
            assertThat(latest).isNotEmpty();
            Article interview = latest.stream().filter(article -> article.getSlug().equals(INTERVIEW)).findFirst()
                .orElseThrow();
            assertThat(interview.getBlocks()).isNotEmpty(); // read detached: loaded, not lazy
            assertThat(interview.getThemes()).isNotEmpty();
        }

        @Test
        void markdownImportedInBlocksIsStoredAsTyped() {
            String paragraph = "Un **mot**, [un lien](https://ruralitic.fr) et <script>x</script>\n\n- a\n- b";
            String answer = "1. *un*\n2. deux";
            fixture.importContent("""
                {"articles": [{"slug": "formatage-markdown", "title": "Formatage", "language": "fr",
                  "publishedAt": "2019-03-12T09:00:00+01:00", "status": "DRAFT",
                  "blocks": [{"type": "PARAGRAPH", "text": "%s"},
                    {"type": "QUESTION_ANSWER", "question": "Q ?", "answer": "%s"}]}]}
                """.formatted(paragraph.replace("\n", "\\n"), answer.replace("\n", "\\n")));
            // A draft, so that no list of the other tests sees it; read as the database holds it.
            List<?> rows = fixture.inTransaction(services -> services.entityManager().createNativeQuery(
                "SELECT b.body_text, b.answer_text FROM rt_article_block b JOIN rt_article a ON a.id = b.article_id"
                    + " WHERE a.slug = ? ORDER BY b.block_order").setParameter(1, "formatage-markdown").getResultList());
            assertThat(rows).hasSize(2);
            assertThat((Object[]) rows.get(0)).containsExactly(paragraph, null);
            assertThat((Object[]) rows.get(1)).containsExactly("Q ?", answer);
        }
    }

    @Nested
    class Partners {

        @Test
        void theWallGroupsPartnersByTierInRankOrder() {
            List<TierGroup> wall = fixture.inTransaction(services -> services.partners().wallOf(edition()));
            assertThat(wall).extracting(group -> group.tier().getCode())
                .containsExactly("founding", "official", "supplier", "media", "associated");
            assertThat(wall).extracting(group -> group.partners().size()).containsExactly(1, 3, 3, 3, 4);
            assertThat(wall.get(1).partners()).extracting(partner -> partner.getSlug())
                .containsExactly("fibre-arverne", "caisse-solidaire-planezes", "lumen-montagne");
            assertThat(wall.get(0).partners().get(0).getLogoUrl()).endsWith(".svg");
            assertThat(wall.get(0).partners().get(0).getLogoAlt()).isNotBlank();
        }

        @Test
        void aWallCostsOneStatement() {
            Edition main = edition();
            assertThat(countStatements(() -> fixture.inTransaction(services -> services.partners().wallOf(main))))
                .isEqualTo(1);
        }
    }

    @Nested
    class Newsletter extends NewsletterSuite {

        Newsletter() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class SignUpGuard extends SignUpGuardSuite {

        SignUpGuard() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class Issues extends NewsletterIssueSuite {

        Issues() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class SubscriberData extends SubscribersSuite {

        SubscriberData() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class ProgrammeEdits extends ProgrammeEditingSuite {

        ProgrammeEdits() {
            super(PersistenceSuite.this.fixture);
        }
    }

    // Editions (issue 12)
    @Nested
    class EditionEdits extends org.ruralitic.event.EditionEditingSuite {

        EditionEdits() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class Lists extends ArticleListsSuite {

        Lists() {
            super(database, provider);
        }
    }

    @Nested
    class Editing extends ArticleEditingSuite {

        Editing() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class Outbox extends OutboxSuite {

        Outbox() {
            super(PersistenceSuite.this.fixture);
        }
    }

    @Nested
    class Media extends MediaSuite {

        Media() {
            super(PersistenceSuite.this.fixture);
        }
    }

    // Public-sector pages (issue 12).
    @Nested
    class Legal extends org.ruralitic.legal.LegalPagesSuite {

        Legal() {
            super(PersistenceSuite.this.fixture);
        }
    }

    // Issue 12: the whole site's export, imported into an empty second database.
    @Nested
    class Export extends org.ruralitic.content.ContentExportSuite {

        Export() {
            super(PersistenceSuite.this.fixture, database, provider);
        }
    }

    // Partners, tiers and themes editing (issue 12)
    @Nested
    class PartnerEdits extends org.ruralitic.partner.PartnerEditingSuite {

        PartnerEdits() {
            super(PersistenceSuite.this.fixture);
        }
    }

    private int countStatements(Runnable work) {
        fixture.statements().reset();
        work.run();
        return fixture.statements().count();
    }
}
