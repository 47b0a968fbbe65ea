package org.ruralitic.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Slugs;

/**
 * Publishes and reads articles.
 * <p>
 * Lists cost two SQL statements whatever the page size and the number of articles (page of identifiers, articles
 * with their themes), plus two when their total is counted again (see {@link ArticleTotals}); one article costs two
 * (article with body and edition, then its themes). A page past the middle of its list is read from the oldest end,
 * so that the last page skips as few articles as the first.
 *
 * <h2>Usage</h2>
 * <pre>
 * PageResult&lt;Article&gt; news = articles.published(PageRequest.of(1, 10), "inclusion-numerique", null);
 * Optional&lt;Article&gt; interview = articles.findBySlug("cantal-departement-pionnier-du-numerique-rural");
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    // Scheduled articles need no timer: they are visible from their date on, whatever ran or not.
    private static final String VISIBLE = " WHERE a.status IN (org.ruralitic.article.ArticleStatus.PUBLISHED,"
        + " org.ruralitic.article.ArticleStatus.SCHEDULED, org.ruralitic.article.ArticleStatus.ARCHIVED)"
        + " AND a.publishedAt <= :now AND a.deletedAt IS NULL";
    private static final String LISTED = " WHERE a.status IN (org.ruralitic.article.ArticleStatus.PUBLISHED,"
        + " org.ruralitic.article.ArticleStatus.SCHEDULED) AND a.publishedAt <= :now AND a.deletedAt IS NULL";
    private static final String NEWEST_FIRST = " ORDER BY a.publishedAt DESC, a.id DESC";
    private static final String OLDEST_FIRST = " ORDER BY a.publishedAt ASC, a.id ASC";
    private static final String BY_THEME = " AND EXISTS (SELECT t.id FROM Article x JOIN x.themes t"
        + " WHERE x = a AND t.code = :theme)";
    private static final String BY_LANGUAGE = " AND a.language = :language";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    ArticleTotals totals;

    /** For CDI. */
    protected ArticleService() {
    }

    /**
     * Counts the articles of every list it reads, sharing no total.
     *
     * @param entityManager the entity manager to work with (outside a container).
     * @param clock the clock that says which articles are published yet.
     */
    public ArticleService(EntityManager entityManager, Clock clock) {
        this(entityManager, clock, new ArticleTotals(Duration.ZERO));
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     * @param clock the clock that says which articles are published yet.
     * @param totals the totals of the lists, shared with the other services of the application.
     * @since 0.4
     */
    public ArticleService(EntityManager entityManager, Clock clock, ArticleTotals totals) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.totals = totals;
    }

    /**
     * @param page which page.
     * @param themeCode only articles filed under this theme, or {@code null} for all.
     * @param language only articles in this language, or {@code null} for all.
     * @return published articles, newest first, with their themes.
     */
    public PageResult<Article> published(@NotNull PageRequest page, String themeCode, String language) {
        String filter = LISTED + (themeCode == null ? "" : BY_THEME) + (language == null ? "" : BY_LANGUAGE);
        Instant now = now();
        long total = totals.total(themeCode, language, now, () -> filtered(entityManager.createQuery(
            "SELECT COUNT(a) FROM Article a" + filter, Long.class), now, themeCode, language).getSingleResult(),
            () -> nextListed(now));
        int offset = page.offset();
        List<Long> ids;
        if (2L * offset > total && offset < total) {
            // Past the middle: read from the oldest end, skipping the articles older than this page.
            long older = total - offset - page.size();
            ids = new ArrayList<>(filtered(entityManager.createQuery("SELECT a.id FROM Article a" + filter
                + OLDEST_FIRST, Long.class), now, themeCode, language).setFirstResult((int) Math.max(0, older))
                .setMaxResults((int) Math.min(page.size(), total - offset)).getResultList());
            Collections.reverse(ids);
        }
        else {
            ids = filtered(entityManager.createQuery("SELECT a.id FROM Article a" + filter + NEWEST_FIRST,
                Long.class), now, themeCode, language).setFirstResult(offset).setMaxResults(page.size())
                .getResultList();
        }
        return new PageResult<>(withThemes(ids), page.page(), page.size(), total);
    }

    /**
     * The newest published articles, without counting them all: two SQL statements, for a home page's teaser list.
     *
     * @param size how many.
     * @param themeCode only articles filed under this theme, or {@code null} for all.
     * @param language only articles in this language, or {@code null} for all.
     * @return up to {@code size} articles, newest first, with their themes.
     */
    public List<Article> latest(int size, String themeCode, String language) {
        String filter = LISTED + (themeCode == null ? "" : BY_THEME) + (language == null ? "" : BY_LANGUAGE);
        List<Long> ids = filtered(entityManager.createQuery("SELECT a.id FROM Article a" + filter + NEWEST_FIRST,
            Long.class), now(), themeCode, language).setMaxResults(PageRequest.of(1, size).size()).getResultList();
        return withThemes(ids);
    }

    /**
     * The newest published articles with their bodies, for a feed: three SQL statements, without counting them all.
     *
     * @param size how many.
     * @param themeCode only articles filed under this theme, or {@code null} for all.
     * @param language only articles in this language, or {@code null} for all.
     * @return up to {@code size} articles, newest first, with their themes and blocks.
     * @since 0.2
     */
    public List<Article> latestWithBodies(int size, String themeCode, String language) {
        String filter = LISTED + (themeCode == null ? "" : BY_THEME) + (language == null ? "" : BY_LANGUAGE);
        List<Long> ids = filtered(entityManager.createQuery("SELECT a.id FROM Article a" + filter + NEWEST_FIRST,
            Long.class), now(), themeCode, language).setMaxResults(PageRequest.of(1, size).size()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // Themes, then bodies into the same instances: two collections, two statements.
        List<Article> latest = withThemes(ids);
        entityManager.createQuery("SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.blocks WHERE a.id IN :ids",
            Article.class).setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList();
        return latest;
    }

    /**
     * Reads an article to be shown ({@link Persistence#forDisplay}): to change one, use {@link ArticleEditing}.
     *
     * @param slug a slug, possibly from a URL.
     * @return the article, if visitors may read it now, with its body, themes and edition.
     */
    public Optional<Article> findBySlug(String slug) {
        // Everything the page shows is read in this transaction, two statements: the article with its edition and
        // themes, then its blocks. A relation left to load later is read during the render, outside it (on
        // EclipseLink with a connection of its own), and a second fetch of an article already read does not fill its
        // relations on EclipseLink (the themes were read twice so). Slugs are unique: no LIMIT, which EclipseLink
        // would prepare anew at each call.
        List<Article> found = Persistence.forDisplay(entityManager.createQuery(
            "SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.edition LEFT JOIN FETCH a.themes" + VISIBLE
                + " AND a.slug = :slug", Article.class))
            .setParameter("now", now()).setParameter("slug", slug).getResultList();
        found.forEach(article -> article.getBlocks().size());
        return found.stream().findFirst();
    }

    /**
     * Reads a published article for its page: what {@link #findBySlug(String)} reads and its {@link #neighbours}, in
     * one transaction (four statements; a transaction each took a connection from the pool twice per page).
     *
     * @param slug the slug of its address.
     * @return the article and its neighbours, if it is visible now.
     */
    public Optional<ArticleReading> read(String slug) {
        return findBySlug(slug).map(article -> new ArticleReading(article, neighbours(article)));
    }

    /**
     * Reads the published articles just before and after one, in publication order (two SQL statements).
     *
     * @param article a published article.
     * @return its neighbours, either of which may be absent.
     */
    public Neighbours neighbours(@NotNull Article article) {
        // The bound on the date alone lets the database start reading its index at the article, not at an end; only
        // the address and title are read, not whole articles.
        String around = "SELECT NEW org.ruralitic.article.ArticleLink(a.slug, a.title) FROM Article a" + LISTED
            + " AND a.language = :language AND a.publishedAt %1$s= :at AND (a.publishedAt %1$s :at OR a.id %1$s :id)"
            + " ORDER BY a.publishedAt %2$s, a.id %2$s";
        Optional<ArticleLink> previous = Persistence.single(neighbour(String.format(around, "<", "DESC"), article));
        Optional<ArticleLink> next = Persistence.single(neighbour(String.format(around, ">", "ASC"), article));
        return new Neighbours(previous.orElse(null), next.orElse(null));
    }

    private TypedQuery<ArticleLink> neighbour(String jpql, Article article) {
        return entityManager.createQuery(jpql, ArticleLink.class).setParameter("now", now())
            .setParameter("language", article.getLanguage()).setParameter("at", article.getPublishedAt())
            .setParameter("id", article.getId());
    }

    /**
     * Records a new article. When its slug is taken, the first free one of {@code slug-2}, {@code slug-3}... is used.
     *
     * @param article the article, built by the caller (see {@link Slugs#of(String)} for a slug from the title).
     * @return the managed article.
     */
    public Article create(@NotNull @Valid Article article) {
        String wanted = article.getSlug();
        String slug = wanted;
        for (int attempt = 2; slugTaken(slug); attempt++) {
            slug = Slugs.withSuffix(wanted, attempt);
        }
        article.claimSlug(slug);
        Persistence.save(entityManager, article);
        totals.forget();
        return article;
    }

    /**
     * Records a new article as {@link #create(Article)} does, then lets the persistence context forget it: for loads
     * of thousands of articles in one transaction, where each flush would otherwise check every article created before
     * (the time of a load would grow with the square of its size). The article is in the database, for the
     * transaction, when this returns.
     *
     * @param article the article.
     * @return the article, detached.
     */
    public Article createInBulk(@NotNull @Valid Article article) {
        Article created = create(article);
        entityManager.detach(created);
        return created;
    }

    // Content files (issue 12: the site's export and its import)

    /**
     * Keeps an old slug of an article as a redirect to it, as renaming it does; for the content importer. Nothing is
     * kept when an article or another redirect has that slug.
     *
     * @param oldSlug a slug the article had before.
     * @param article the article, saved.
     * @return whether the redirect was kept.
     * @since 0.3
     */
    public boolean keepRedirect(@NotNull String oldSlug, @NotNull Article article) {
        if (slugTaken(oldSlug) || entityManager.find(ArticleRedirect.class, oldSlug) != null) {
            return false;
        }
        entityManager.persist(new ArticleRedirect(oldSlug, Objects.requireNonNull(article.getId(), "article.id")));
        return true;
    }

    /**
     * @param slug a slug.
     * @return whether an article (of any status) has it.
     */
    public boolean slugTaken(String slug) {
        return !entityManager.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", Long.class)
            .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    private <T> TypedQuery<T> filtered(TypedQuery<T> query, Instant now, String themeCode, String language) {
        query.setParameter("now", now);
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        return query;
    }

    private List<Article> withThemes(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = Persistence.forDisplay(entityManager.createQuery(
            "SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.themes WHERE a.id IN :ids", Article.class))
            .setParameter("ids", ids).getResultList().stream()
            .collect(Collectors.toMap(Article::getId, Function.identity(), (same, again) -> same));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * @param oldSlug a slug the article had before.
     * @return the article's current slug, if it is visible now.
     */
    public Optional<String> renamed(String oldSlug) {
        return Persistence.single(entityManager.createQuery("SELECT a.slug FROM ArticleRedirect r, Article a"
            + VISIBLE + " AND a.id = r.articleId AND r.oldSlug = :slug", String.class)
            .setParameter("now", now()).setParameter("slug", oldSlug));
    }

    /**
     * @return when the next scheduled article appears, if one is waiting: pages kept by a cache must not outlive it.
     */
    public Optional<Instant> nextScheduled() {
        return Persistence.single(entityManager.createQuery("SELECT a.publishedAt FROM Article a"
            + " WHERE a.status = org.ruralitic.article.ArticleStatus.SCHEDULED AND a.publishedAt > :now"
            + " AND a.deletedAt IS NULL ORDER BY a.publishedAt", Instant.class).setParameter("now", now()));
    }

    /** When the lists change next by themselves: the next listed article whose date has not come yet. */
    private Optional<Instant> nextListed(Instant now) {
        return Persistence.single(entityManager.createQuery("SELECT a.publishedAt FROM Article a WHERE a.status IN"
            + " (org.ruralitic.article.ArticleStatus.PUBLISHED, org.ruralitic.article.ArticleStatus.SCHEDULED)"
            + " AND a.publishedAt > :now AND a.deletedAt IS NULL ORDER BY a.publishedAt", Instant.class)
            .setParameter("now", now));
    }

    private Instant now() {
        return clock.instant();
    }
}
