package org.ruralitic.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.theme.Theme;

/**
 * The public lists of articles on one database and provider, in a database of their own: pages read from either end
 * hold what the newest-first order gives, totals are right and fresh, and a page costs the same statements with few
 * articles and with many. Run by {@code PersistenceSuite.Lists}.
 * <p>
 * {@value #FEW} articles are published in 2020 and {@value #MANY} more from 2021 on, three at a time at the same
 * instant (ties that only the identifier orders): a clock at the end of 2020 sees few, {@link Fixture#NOW} many.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArticleListsSuite {

    static final int FEW = 5;
    static final int MANY = 120;
    static final Instant END_OF_2020 = Instant.parse("2020-12-31T12:00:00Z");
    static final String FIELDS = "champs";
    static final String TOWNS = "bourgs";
    static final Actor EDITOR = Actor.of("marie", Role.EDITOR);

    private final TestDatabase database;
    private final JpaProvider provider;
    private Fixture fixture;

    protected ArticleListsSuite(TestDatabase database, JpaProvider provider) {
        this.database = database;
        this.provider = provider;
    }

    @BeforeAll
    void writeArticles() {
        fixture = new Fixture(database, provider);
        fixture.inTransaction(services -> {
            Theme fields = services.themes().define(FIELDS, new LocalizedLabel("Champs", "Fields"));
            Theme towns = services.themes().define(TOWNS, new LocalizedLabel("Bourgs", "Towns"));
            for (int i = 0; i < FEW + MANY; i++) {
                Instant base = i < FEW ? Instant.parse("2020-03-01T08:00:00Z") : Instant.parse("2021-01-04T08:00:00Z");
                int rank = i < FEW ? i : i - FEW;
                Article article = new Article("article-" + i, "Article " + i, i % 5 == 4 ? "en" : "fr", NOW);
                article.fileUnder(i % 2 == 0 ? fields : towns);
                if (i % 7 == 0) {
                    article.fileUnder(towns);
                }
                article.publish(base.plus(Duration.ofHours(rank / 3)), NOW);
                services.articles().createInBulk(article);
            }
            // Never listed: a draft and an archived article among them.
            services.articles().createInBulk(new Article("brouillon", "Brouillon", "fr", NOW));
            Article archived = new Article("archive", "Archivé", "fr", NOW);
            archived.publish(Instant.parse("2021-01-04T08:00:00Z"), NOW);
            archived.archive(NOW);
            return services.articles().createInBulk(archived);
        });
    }

    @AfterAll
    void dropDatabase() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private <T> T at(Instant instant, Function<Fixture.Services, T> work) {
        return fixture.inTransaction(clockAt(instant), work);
    }

    private PageResult<Article> page(Instant instant, int number, int size, String theme, String language) {
        return at(instant, services -> services.articles().published(PageRequest.of(number, size), theme, language));
    }

    /** The slugs of the list as the database holds it, newest first, ties by identifier: sorted here, not by SQL. */
    private List<String> listed(Instant instant, String theme, String language) {
        return at(instant, services -> services.entityManager().createQuery(
            "SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.themes", Article.class).getResultList().stream()
            .filter(article -> article.isVisible(instant) && article.getStatus() != ArticleStatus.ARCHIVED)
            .filter(article -> theme == null || article.getThemes().stream().anyMatch(t -> t.getCode().equals(theme)))
            .filter(article -> language == null || article.getLanguage().equals(language))
            .sorted(Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId).reversed())
            .map(Article::getSlug).toList());
    }

    /** Every page of a list, first to last (in one transaction: a connection each would be slow). */
    private List<String> allPages(Instant instant, int size, String theme, String language) {
        return at(instant, services -> {
            List<String> slugs = new ArrayList<>();
            int count = 1;
            for (int number = 1; number <= count; number++) {
                PageResult<Article> page = services.articles().published(PageRequest.of(number, size), theme, language);
                page.items().forEach(article -> slugs.add(article.getSlug()));
                count = page.pageCount();
            }
            return slugs;
        });
    }

    private int statements(Runnable work) {
        fixture.statements().reset();
        work.run();
        return fixture.statements().count();
    }

    @Test
    void pagesReadFromTheOldestEndHoldWhatTheNewestFirstOrderGives() {
        for (String theme : new String[] {null, FIELDS, TOWNS}) {
            for (String language : new String[] {null, "en"}) {
                List<String> expected = listed(NOW, theme, language);
                assertThat(expected).hasSizeGreaterThan(10);
                for (int size : new int[] {1, 7, 10}) {
                    assertThat(allPages(NOW, size, theme, language)).as("pages of %d, %s, %s", size, theme, language)
                        .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    @Test
    void theLastPageHoldsTheOldestArticlesInOrderTiesByIdentifier() {
        List<String> expected = listed(NOW, null, null);
        PageResult<Article> first = page(NOW, 1, 10, null, null);
        PageResult<Article> last = page(NOW, first.pageCount(), 10, null, null);
        assertThat(last.items()).extracting(Article::getSlug)
            .containsExactlyElementsOf(expected.subList((first.pageCount() - 1) * 10, expected.size()));
        // The three oldest share one instant: the newest identifier of them comes first, as on the first page.
        assertThat(last.items().subList(last.items().size() - 3, last.items().size()))
            .extracting(Article::getSlug).containsExactly("article-2", "article-1", "article-0");
        assertThat(last.items()).allMatch(article -> !article.getThemes().isEmpty());
    }

    @Test
    void totalsAndPageCountsAreThoseOfTheDatabase() {
        for (String theme : new String[] {null, FIELDS, TOWNS}) {
            for (String language : new String[] {null, "fr", "en"}) {
                int expected = listed(NOW, theme, language).size();
                PageResult<Article> page = page(NOW, 1, 10, theme, language);
                assertThat(page.total()).as("%s, %s", theme, language).isEqualTo(expected);
                assertThat(page.pageCount()).isEqualTo((expected + 9) / 10);
            }
        }
        assertThat(page(END_OF_2020, 1, 10, null, null).total()).isEqualTo(FEW);
        assertThat(page(NOW, 1, 10, "no-such-theme", null).total()).isZero();
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTotal() {
        PageResult<Article> first = page(NOW, 1, 10, FIELDS, null);
        PageResult<Article> beyond = page(NOW, first.pageCount() + 1, 10, FIELDS, null);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.page()).isEqualTo(first.pageCount() + 1);
        assertThat(beyond.total()).isEqualTo(first.total());
        assertThat(page(NOW, Integer.MAX_VALUE, 10, null, null).items()).isEmpty();
    }

    @Test
    void aTotalIsFreshAtOnceAfterAChange() {
        Instant later = NOW.plus(Duration.ofMinutes(1));
        long before = page(later, 1, 10, FIELDS, null).total();
        ArticleDraft draft = new ArticleDraft();
        draft.setTitle("Nouvelle des champs");
        draft.setThemeCodes(List.of(FIELDS));
        Article saved = at(later, services -> services.editing().save(EDITOR, draft));
        assertThat(page(later, 1, 10, FIELDS, null).total()).as("a draft").isEqualTo(before);
        Article published = at(later, services -> services.editing().publish(EDITOR, saved.getId(), saved.getVersion(),
            null));
        PageResult<Article> after = page(later, 1, 10, FIELDS, null);
        assertThat(after.total()).isEqualTo(before + 1);
        assertThat(after.items().get(0).getSlug()).isEqualTo(published.getSlug());
        at(later, services -> services.editing().delete(EDITOR, published.getId(), published.getVersion()));
        assertThat(page(later, 1, 10, FIELDS, null).total()).isEqualTo(before);
        assertThat(page(later, 1, 10, FIELDS, null).items()).extracting(Article::getSlug)
            .doesNotContain(published.getSlug());
    }

    @Test
    void aTotalIsFreshOnceAScheduledArticlesTimeHasCome() {
        Instant start = NOW.plus(Duration.ofHours(1));
        Instant due = start.plusSeconds(10);
        Article saved = at(start, services -> {
            ArticleDraft draft = new ArticleDraft();
            draft.setTitle("Annonce programmée");
            draft.setThemeCodes(List.of(TOWNS));
            Article created = services.editing().save(EDITOR, draft);
            return services.editing().publish(EDITOR, created.getId(), created.getVersion(), due);
        });
        assertThat(saved.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
        long before = page(start, 1, 10, null, null).total();
        // Counted at the start, well within the time to live, the total holds until the article's date only.
        assertThat(page(due.minusMillis(1), 1, 10, null, null).total()).isEqualTo(before);
        PageResult<Article> afterDue = page(due, 1, 10, null, null);
        assertThat(afterDue.total()).isEqualTo(before + 1);
        assertThat(afterDue.items().get(0).getSlug()).isEqualTo(saved.getSlug());
    }

    @Test
    void aListPageCostsTheSameStatementsWithFewArticlesAndWithMany() {
        for (Instant instant : new Instant[] {END_OF_2020, NOW}) {
            for (String theme : new String[] {null, FIELDS}) {
                PageResult<Article> first = page(instant, 1, 2, theme, null); // counts the total
                assertThat(first.total()).isGreaterThan(2);
                assertThat(statements(() -> page(instant, 1, 2, theme, null))).as("first page, %s", instant)
                    .isEqualTo(2);
                assertThat(statements(() -> page(instant, first.pageCount(), 2, theme, null)))
                    .as("last page, %s", instant).isEqualTo(2);
                at(instant, services -> {
                    services.totals().forget();
                    return null;
                });
                // Counting the total again: the count and the next article waiting for its date.
                assertThat(statements(() -> page(instant, first.pageCount(), 2, theme, null)))
                    .as("last page counted, %s", instant).isEqualTo(4);
            }
        }
        assertThat(page(END_OF_2020, 1, 2, null, null).total()).isEqualTo(FEW);
        assertThat(page(NOW, 1, 2, null, null).total()).isGreaterThanOrEqualTo(FEW + MANY);
    }
}
