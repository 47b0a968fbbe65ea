package org.ruralitic.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Slugs;
import org.ruralitic.event.Edition;
import org.ruralitic.theme.Theme;

/**
 * The back-office of articles: write, review, schedule, publish, unpublish, delete and restore, with a revision for
 * every save and a line in the {@link AuditLog} for every action. Every method checks its {@link Actor}'s role
 * itself: an <em>author</em> writes and submits drafts, an <em>editor</em> does the rest.
 * <p>
 * Edits are optimistic: a draft carries the version it was read at, and a save over a newer version is refused
 * with an {@link EditConflictException}, never applied. Every save changes the article row (its change time), so the
 * version covers the body's blocks too, on every provider.
 *
 * <h2>Usage</h2>
 * <pre>
 * ArticleDraft draft = editing.blank(author);
 * draft.setTitle("Le Cantal, pionnier du numérique rural");
 * draft.addBlock(BlockKind.PARAGRAPH);
 * draft.getBlocks().get(0).setText("Le département a **fibré** ses vallées.");
 * Article saved = editing.save(author, draft);
 * editing.publish(editor, saved.getId(), saved.getVersion(), Instant.parse("2026-12-07T08:00:00Z"));
 * </pre>
 *
 * @since 0.2
 */
@ApplicationScoped
@Transactional
public class ArticleEditing {

    /** How long the bin keeps a deleted article. */
    public static final Duration BIN_RETENTION = Duration.ofDays(30);

    /** What the audit log calls an article. */
    public static final String SUBJECT = "article";

    private static final String ESCAPE = "!";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ArticleTotals totals;

    /** For CDI. */
    protected ArticleEditing() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of changes.
     * @param audit the audit log, on the same entity manager.
     */
    public ArticleEditing(EntityManager entityManager, Clock clock, AuditLog audit) {
        this(entityManager, clock, audit, new ArticleTotals(Duration.ZERO));
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of changes.
     * @param audit the audit log, on the same entity manager.
     * @param totals the totals of the public lists, forgotten after every change.
     * @since 0.4
     */
    public ArticleEditing(EntityManager entityManager, Clock clock, AuditLog audit, ArticleTotals totals) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
        this.totals = totals;
    }

    /**
     * @param actor who asks: an author at least.
     * @param query the filters.
     * @param page which page.
     * @return the articles, last changed first: two statements, whatever the number of articles.
     */
    public PageResult<ArticleRow> search(@NotNull Actor actor, @NotNull ArticleQuery query, @NotNull PageRequest page) {
        actor.require(Role.AUTHOR);
        StringBuilder where = new StringBuilder(query.inBin() ? " WHERE a.deletedAt IS NOT NULL"
            : " WHERE a.deletedAt IS NULL");
        if (query.text() != null) {
            where.append(" AND LOWER(a.title) LIKE :text ESCAPE '" + ESCAPE + "'");
        }
        if (query.status() != null) {
            where.append(" AND a.status = :status");
        }
        if (query.themeCode() != null) {
            where.append(" AND EXISTS (SELECT t.id FROM Article x JOIN x.themes t WHERE x = a AND t.code = :theme)");
        }
        if (query.language() != null) {
            where.append(" AND a.language = :language");
        }
        if (query.editionSlug() != null) {
            where.append(" AND e.slug = :edition");
        }
        long total = filtered(entityManager.createQuery(
            "SELECT COUNT(a) FROM Article a LEFT JOIN a.edition e" + where, Long.class), query).getSingleResult();
        List<ArticleRow> rows = filtered(entityManager.createQuery("SELECT NEW org.ruralitic.article.ArticleRow("
            + "a.id, a.slug, a.title, a.status, a.language, a.publishedAt, a.updatedAt, a.author, a.deletedAt, e.name)"
            + " FROM Article a LEFT JOIN a.edition e" + where + " ORDER BY a.updatedAt DESC, a.id DESC",
            ArticleRow.class), query).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> jpql, ArticleQuery query) {
        if (query.text() != null) {
            String escaped = query.text().strip().toLowerCase(Locale.ROOT).replace(ESCAPE, ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%").replace("_", ESCAPE + "_");
            jpql.setParameter("text", "%" + escaped + "%");
        }
        if (query.status() != null) {
            jpql.setParameter("status", query.status());
        }
        if (query.themeCode() != null) {
            jpql.setParameter("theme", query.themeCode());
        }
        if (query.language() != null) {
            jpql.setParameter("language", query.language());
        }
        if (query.editionSlug() != null) {
            jpql.setParameter("edition", query.editionSlug());
        }
        return jpql;
    }

    /**
     * @param actor who asks: an author at least.
     * @param id an article's id.
     * @return the article with its body, themes and edition, in the bin or not.
     */
    public Optional<Article> find(@NotNull Actor actor, long id) {
        actor.require(Role.AUTHOR);
        Optional<Article> article = Persistence.single(entityManager.createQuery(
            "SELECT DISTINCT a FROM Article a LEFT JOIN FETCH a.blocks LEFT JOIN FETCH a.edition WHERE a.id = :id",
            Article.class).setParameter("id", id));
        // Themes in a second statement: two collections fetched at once would multiply rows.
        article.ifPresent(found -> found.getThemes().size());
        return article;
    }

    /**
     * @param actor who asks: an author at least.
     * @param id an article's id.
     * @return a draft of it, to edit, at its current version.
     */
    public Optional<ArticleDraft> draft(@NotNull Actor actor, long id) {
        return find(actor, id).map(ArticleDraft::of);
    }

    /**
     * Saves a draft: a new article when it has no id, else a change of the article at the draft's version. Authors
     * save drafts and submitted articles; a change to a scheduled, published or archived article needs an editor.
     *
     * @param actor who saves.
     * @param draft what they wrote.
     * @return the saved article, at its new version.
     * @throws EditConflictException when someone saved the article since the draft was read.
     * @throws ArticleEditException when the slug is taken or the article is in the bin.
     */
    public Article save(@NotNull Actor actor, @NotNull @Valid ArticleDraft draft) {
        actor.require(Role.AUTHOR);
        Instant now = clock.instant();
        Edition edition = draft.getEditionSlug() == null ? null : entityManager.createQuery(
            "SELECT e FROM Edition e WHERE e.slug = :slug", Edition.class).setParameter("slug", draft.getEditionSlug())
            .getResultStream().findFirst().orElse(null);
        Set<Theme> themes = new LinkedHashSet<>(draft.getThemeCodes().isEmpty() ? List.of()
            : entityManager.createQuery("SELECT t FROM Theme t WHERE t.code IN :codes", Theme.class)
                .setParameter("codes", draft.getThemeCodes()).getResultList());
        if (draft.getId() == null) {
            return create(actor, draft, edition, themes, now);
        }
        Article article = current(draft.getId(), draft.getVersion());
        if (article.getStatus() != ArticleStatus.DRAFT && article.getStatus() != ArticleStatus.SUBMITTED) {
            actor.require(Role.EDITOR);
        }
        String wanted = draft.getSlug() == null ? article.getSlug() : draft.getSlug();
        if (!wanted.equals(article.getSlug())) {
            if (slugTakenByAnother(wanted, article.getId())) {
                throw new ArticleEditException(ArticleEditException.SLUG_TAKEN, "slug");
            }
            ArticleRedirect back = entityManager.find(ArticleRedirect.class, wanted);
            if (back != null) {
                entityManager.remove(back);
            }
            entityManager.persist(new ArticleRedirect(article.getSlug(), article.getId()));
            article.rename(wanted, now);
        }
        article.revise(draft, themes, edition, now);
        flush();
        return recorded(actor, article, AuditAction.EDIT);
    }

    private Article create(Actor actor, ArticleDraft draft, Edition edition, Set<Theme> themes, Instant now) {
        String wanted = draft.getSlug() == null ? Slugs.of(draft.getTitle()) : draft.getSlug();
        if (draft.getSlug() != null && slugTakenByAnother(wanted, null)) {
            throw new ArticleEditException(ArticleEditException.SLUG_TAKEN, "slug");
        }
        String slug = wanted;
        for (int attempt = 2; slugTakenByAnother(slug, null); attempt++) {
            slug = Slugs.withSuffix(wanted, attempt);
        }
        Article article = new Article(slug, draft.getTitle(), draft.getLanguage(), now);
        article.revise(draft, themes, edition, now);
        Persistence.save(entityManager, article);
        return recorded(actor, article, AuditAction.CREATE);
    }

    /**
     * An author hands a draft to the editors.
     *
     * @param actor an author at least.
     * @param id the article.
     * @param version the version the author saw.
     * @return the article, submitted.
     */
    public Article submit(@NotNull Actor actor, long id, int version) {
        actor.require(Role.AUTHOR);
        Article article = current(id, version);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new ArticleEditException(ArticleEditException.NOT_ALLOWED_NOW, null);
        }
        article.submit(clock.instant());
        flush();
        return recorded(actor, article, AuditAction.SUBMIT);
    }

    /**
     * Publishes now, or schedules: the article appears by itself at its date, on every page, feed and API answer.
     *
     * @param actor an editor.
     * @param id the article.
     * @param version the version the editor saw.
     * @param at when it appears; {@code null} or a past date publishes it now.
     * @return the article, published or scheduled.
     */
    public Article publish(@NotNull Actor actor, long id, int version, Instant at) {
        actor.require(Role.EDITOR);
        Article article = current(id, version);
        Instant now = clock.instant();
        article.publish(at == null || at.isBefore(now) ? now : at, now);
        flush();
        return recorded(actor, article, AuditAction.PUBLISH);
    }

    /**
     * Takes an article off the site, back to a draft.
     *
     * @param actor an editor.
     * @param id the article.
     * @param version the version the editor saw.
     * @return the article, a draft again.
     */
    public Article unpublish(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        Article article = current(id, version);
        article.unpublish(clock.instant());
        flush();
        return recorded(actor, article, AuditAction.UNPUBLISH);
    }

    /**
     * Withdraws a published article from lists; its address still works.
     *
     * @param actor an editor.
     * @param id the article.
     * @param version the version the editor saw.
     * @return the article, archived.
     */
    public Article archive(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        Article article = current(id, version);
        if (article.getStatus() == ArticleStatus.DRAFT || article.getStatus() == ArticleStatus.SUBMITTED) {
            throw new ArticleEditException(ArticleEditException.NOT_ALLOWED_NOW, null);
        }
        article.archive(clock.instant());
        flush();
        return recorded(actor, article, AuditAction.ARCHIVE);
    }

    /**
     * Moves an article to the bin: off the site at once, restorable for {@link #BIN_RETENTION}.
     *
     * @param actor an editor.
     * @param id the article.
     * @param version the version the editor saw.
     * @return the article, in the bin.
     */
    public Article delete(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        Article article = current(id, version);
        article.delete(clock.instant());
        flush();
        return recorded(actor, article, AuditAction.DELETE);
    }

    /**
     * Takes an article out of the bin, as it was when deleted.
     *
     * @param actor an editor.
     * @param id the article.
     * @return the article.
     */
    public Article restore(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Article article = entityManager.find(Article.class, id, LockModeType.OPTIMISTIC);
        if (article == null || !article.isDeleted()) {
            throw new ArticleEditException(ArticleEditException.NOT_FOUND, null);
        }
        Instant now = clock.instant();
        if (article.getDeletedAt().plus(BIN_RETENTION).isBefore(now)) {
            throw new ArticleEditException(ArticleEditException.BIN_EXPIRED, null);
        }
        article.restore(now);
        flush();
        return recorded(actor, article, AuditAction.RESTORE);
    }

    /**
     * @param actor an author at least.
     * @param id an article.
     * @return its revisions, newest first.
     */
    public List<ArticleRevision> revisions(@NotNull Actor actor, long id) {
        actor.require(Role.AUTHOR);
        return entityManager.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :id"
            + " ORDER BY r.number DESC", ArticleRevision.class).setParameter("id", id).getResultList();
    }

    /**
     * @param actor an author at least.
     * @param id an article.
     * @param number a revision number.
     * @return that revision.
     */
    public Optional<ArticleRevision> revision(@NotNull Actor actor, long id, int number) {
        actor.require(Role.AUTHOR);
        return Persistence.single(entityManager.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :id"
            + " AND r.number = :number", ArticleRevision.class).setParameter("id", id).setParameter("number", number));
    }

    /**
     * Makes an older revision the article's content again, as a new save (itself a revision); the status stays.
     *
     * @param actor who restores: an editor for a published article, else an author.
     * @param id the article.
     * @param version the version the restorer saw.
     * @param number the revision to restore.
     * @return the article.
     */
    public Article restoreRevision(@NotNull Actor actor, long id, int version, int number) {
        ArticleRevision revision = revision(actor, id, number)
            .orElseThrow(() -> new ArticleEditException(ArticleEditException.NOT_FOUND, null));
        ArticleDraft draft = revision.draft();
        draft.setId(id);
        draft.setVersion(version);
        Article article = save(actor, draft);
        audit.record(actor, AuditAction.RESTORE, SUBJECT, article.getId(), article.getTitle());
        return article;
    }

    /**
     * Makes a link that shows the article as it will look, to someone without an account, until it expires.
     *
     * @param actor an author at least.
     * @param id the article.
     * @param lifetime how long the link works.
     * @return the token of the link (only its hash is kept).
     */
    public String sharePreview(@NotNull Actor actor, long id, @NotNull Duration lifetime) {
        actor.require(Role.AUTHOR);
        Article article = find(actor, id).orElseThrow(() -> new ArticleEditException(ArticleEditException.NOT_FOUND,
            null));
        String token = SecureTokens.random();
        entityManager.persist(new PreviewToken(SecureTokens.hash(token), id, clock.instant().plus(lifetime),
            actor.name()));
        audit.record(actor, AuditAction.SHARE_PREVIEW, SUBJECT, id, article.getTitle());
        return token;
    }

    /**
     * @param token the token of a preview link, from a URL.
     * @return the article it shows, with its body, themes and edition, while the link works and the article is out
     *         of the bin.
     */
    public Optional<Article> previewed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> id = Persistence.single(entityManager.createQuery("SELECT p.articleId FROM PreviewToken p"
            + " WHERE p.tokenHash = :hash AND p.expiresAt > :now", Long.class)
            .setParameter("hash", SecureTokens.hash(token)).setParameter("now", clock.instant()));
        return id.flatMap(found -> find(Actor.of("preview", Role.AUTHOR), found)).filter(found -> !found.isDeleted());
    }

    /**
     * Deletes for good the articles that have been in the bin longer than {@link #BIN_RETENTION}, with their
     * revisions, former addresses and preview links; the audit log keeps what was done.
     *
     * @param now the current time.
     * @return how many articles were deleted.
     */
    public int purgeBin(@NotNull Instant now) {
        List<Long> ids = entityManager.createQuery("SELECT a.id FROM Article a WHERE a.deletedAt < :before", Long.class)
            .setParameter("before", now.minus(BIN_RETENTION)).getResultList();
        for (Long id : ids) {
            for (String entity : List.of("ArticleRevision", "ArticleRedirect", "PreviewToken")) {
                entityManager.createQuery("DELETE FROM " + entity + " x WHERE x.articleId = :id")
                    .setParameter("id", id).executeUpdate();
            }
            entityManager.remove(entityManager.find(Article.class, id));
        }
        entityManager.flush();
        return ids.size();
    }

    /** The article at the version its editor saw, or a conflict naming who changed it since. */
    private Article current(long id, int version) {
        Article article = entityManager.find(Article.class, id);
        if (article == null) {
            throw new ArticleEditException(ArticleEditException.NOT_FOUND, null);
        }
        if (article.getVersion() != version) {
            throw conflict(article);
        }
        if (article.isDeleted()) {
            throw new ArticleEditException(ArticleEditException.NOT_ALLOWED_NOW, null);
        }
        return article;
    }

    private EditConflictException conflict(Article article) {
        Optional<ArticleRevision> latest = Persistence.single(entityManager.createQuery(
            "SELECT r FROM ArticleRevision r WHERE r.articleId = :id ORDER BY r.number DESC", ArticleRevision.class)
            .setParameter("id", article.getId()));
        return new EditConflictException(latest.map(ArticleRevision::getSavedBy).orElse("?"),
            latest.map(ArticleRevision::getSavedAt).orElse(article.getUpdatedAt()), article.getVersion(),
            latest.map(ArticleRevision::getNumber).orElse(0));
    }

    /** Writes the change now, so that a save that raced another one fails here, as a conflict. */
    private void flush() {
        EditConflictException.flush(entityManager, clock.instant());
    }

    /** Keeps a revision of the article as it now is, and the action in the audit log; lists count again. */
    private Article recorded(Actor actor, Article article, AuditAction action) {
        Integer last = entityManager.createQuery("SELECT MAX(r.number) FROM ArticleRevision r WHERE r.articleId = :id",
            Integer.class).setParameter("id", article.getId()).getSingleResult();
        ArticleDraft snapshot = ArticleDraft.of(article);
        entityManager.persist(new ArticleRevision(article.getId(), last == null ? 1 : last + 1, clock.instant(),
            actor.name(), action, snapshot));
        audit.record(actor, action, SUBJECT, article.getId(), article.getTitle());
        entityManager.flush();
        totals.forget();
        return article;
    }

    private boolean slugTakenByAnother(String slug, Long id) {
        List<Long> owners = entityManager.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", Long.class)
            .setParameter("slug", slug).getResultList();
        if (owners.stream().anyMatch(owner -> !owner.equals(id))) {
            return true;
        }
        ArticleRedirect redirect = entityManager.find(ArticleRedirect.class, slug);
        return redirect != null && !redirect.getArticleId().equals(id);
    }
}
