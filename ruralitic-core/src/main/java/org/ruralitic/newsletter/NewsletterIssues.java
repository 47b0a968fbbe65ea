package org.ruralitic.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.mail.OutboxMail;

/**
 * Newsletter issues from the back-office: compose (authors and up), preview, send a test and send (editors), the
 * figures of a send, and the public archive.
 * <p>
 * Sending writes one delivery row per confirmed subscriber, in one statement, and freezes what is mailed in the issue;
 * {@link IssueDispatcher} then sends the rows, throttled, resumable, each from one server. Nothing here talks to SMTP.
 *
 * <h2>Usage</h2>
 * <pre>
 * NewsletterIssue issue = issues.save(actor, draft);
 * issues.sendTest(actor, issue.getId(), "marie@cantal.fr");
 * issues.send(actor, issue.getId(), issue.getVersion());
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class NewsletterIssues {

    /** The name of the list in the mails' banner and {@code List-Id} (default: "La lettre d'information RuraliTIC"). */
    public static final String NAME = "newsletter.name";

    /** The colour of the mails' banner and links, {@code #rrggbb} (default {@value #DEFAULT_COLOUR}). */
    public static final String COLOUR = "newsletter.colour";

    /** The colour unless {@value #COLOUR} says otherwise: dark blue, white text on it passes WCAG AA. */
    public static final String DEFAULT_COLOUR = "#1d4f7a";

    /** Most addresses of one test send. */
    public static final int MAX_TEST_ADDRESSES = 5;

    private static final String SUBJECT = "newsletter";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    NewsletterService newsletter;

    /** For CDI. */
    protected NewsletterIssues() {
    }

    /**
     * @param entityManager the entity manager of the caller's transaction.
     * @param clock the time of changes.
     * @param settings the look of the mails and the portal's address.
     * @param audit the audit log.
     * @param newsletter the list, for whether it is open.
     */
    public NewsletterIssues(EntityManager entityManager, Clock clock, Settings settings, AuditLog audit,
        NewsletterService newsletter) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
        this.newsletter = newsletter;
    }

    /**
     * @param actor an author at least.
     * @param page which page.
     * @return the issues, last changed first.
     */
    public PageResult<NewsletterIssue> issues(@NotNull Actor actor, @NotNull PageRequest page) {
        actor.require(Role.AUTHOR);
        long total = entityManager.createNamedQuery(NewsletterIssue.COUNT_ALL, Long.class).getSingleResult();
        List<NewsletterIssue> items = entityManager.createNamedQuery(NewsletterIssue.ALL, NewsletterIssue.class)
            .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * @param actor an author at least.
     * @param id an issue.
     * @return it, if it exists.
     */
    public Optional<NewsletterIssue> find(@NotNull Actor actor, long id) {
        actor.require(Role.AUTHOR);
        return Optional.ofNullable(entityManager.find(NewsletterIssue.class, id));
    }

    /**
     * Creates or changes a draft issue.
     *
     * @param actor an author at least.
     * @param draft the form, valid.
     * @return the issue at its new version.
     * @throws EditConflictException when someone saved it since the draft was read.
     * @throws IssueException when it is gone or has been sent.
     */
    public NewsletterIssue save(@NotNull Actor actor, @NotNull @Valid IssueDraft draft) {
        actor.require(Role.AUTHOR);
        Instant now = clock.instant();
        if (draft.getId() == null) {
            NewsletterIssue issue = Persistence.save(entityManager, new NewsletterIssue(draft, actor.name(), now));
            audit.record(actor, AuditAction.CREATE, SUBJECT, issue.getId(), issue.getSubject());
            return issue;
        }
        NewsletterIssue issue = current(draft.getId(), draft.getVersion());
        issue.compose(draft, actor.name(), now);
        flush();
        audit.record(actor, AuditAction.EDIT, SUBJECT, issue.getId(), issue.getSubject());
        return issue;
    }

    /**
     * Deletes a draft issue.
     *
     * @param actor an editor, or the author of the draft.
     * @param id the issue.
     * @param version the version the editor saw.
     */
    public void delete(@NotNull Actor actor, long id, int version) {
        actor.require(Role.AUTHOR);
        NewsletterIssue issue = current(id, version);
        if (!actor.has(Role.EDITOR) && !issue.getCreatedBy().equals(actor.name())) {
            actor.require(Role.EDITOR);
        }
        entityManager.remove(issue);
        audit.record(actor, AuditAction.DELETE, SUBJECT, id, issue.getSubject());
    }

    /**
     * Renders a draft as it would be mailed now (the latest articles and the featured edition of this moment).
     *
     * @param actor an author at least.
     * @param draft the form, saved or not.
     * @return the mail's HTML and text (with the placeholder for the unsubscribe link) and the web version.
     */
    public IssueRendering preview(@NotNull Actor actor, @NotNull IssueDraft draft) {
        actor.require(Role.AUTHOR);
        return render(draft);
    }

    /**
     * Sends the issue as it now stands to a few addresses, with "[Test]" before its subject, through the outbox.
     *
     * @param actor an editor.
     * @param id the issue, saved.
     * @param addresses one to {@value #MAX_TEST_ADDRESSES} addresses, separated by commas, semicolons or spaces.
     * @return the normalised addresses.
     * @throws IssueException for no address, too many, or one that is not an address.
     */
    public List<String> sendTest(@NotNull Actor actor, long id, String addresses) {
        actor.require(Role.EDITOR);
        requireOpen();
        NewsletterIssue issue = entityManager.find(NewsletterIssue.class, id);
        if (issue == null) {
            throw new IssueException(IssueException.NOT_FOUND, null);
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (String address : (addresses == null ? "" : addresses).split("[,;\\s]+")) {
            if (!address.isBlank()) {
                try {
                    recipients.add(EmailAddresses.normalise(address));
                }
                catch (SignUpException e) {
                    throw new IssueException(IssueException.TEST_ADDRESSES, "testAddresses");
                }
            }
        }
        if (recipients.isEmpty() || recipients.size() > MAX_TEST_ADDRESSES) {
            throw new IssueException(IssueException.TEST_ADDRESSES, "testAddresses");
        }
        IssueRendering rendering = issue.rendering() == null ? render(issue.toDraft()) : issue.rendering();
        Instant now = clock.instant();
        String subject = NewsletterMessages.text(Locale.forLanguageTag(issue.getLanguage()),
            "ruralitic.newsletter.issue.test.subject", issue.getSubject());
        // A test mail's link unsubscribes nobody: it opens the page that says the link is unknown.
        String unsubscribe = ConfirmationMail.unsubscribeUrl(baseUrl(), "test");
        for (String recipient : recipients) {
            OutboxMail.enqueue(entityManager, IssueMail.mail(subject, issue.getLanguage(), rendering, recipient,
                unsubscribe, IssueDispatcher.messageId(id, 0, baseUrl()), listId()), now);
        }
        audit.record(actor, AuditAction.SEND_TEST, SUBJECT, id, issue.getSubject());
        return List.copyOf(recipients);
    }

    /**
     * Sends the issue to every confirmed subscriber whose address has not bounced: freezes what is mailed and writes
     * one delivery row each, in one statement; {@link IssueDispatcher} sends them.
     *
     * @param actor an editor.
     * @param id the issue.
     * @param version the version the editor saw (and confirmed sending).
     * @return the issue, being sent.
     * @throws IssueException when it has been sent already or the newsletter lacks settings.
     * @throws EditConflictException when someone changed it since.
     */
    public NewsletterIssue send(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        requireOpen();
        NewsletterIssue issue = current(id, version);
        Instant now = clock.instant();
        IssueRendering rendering = render(issue.toDraft());
        issue.startSending(rendering, actor.name(), now);
        flush();
        // Plain SQL: JPQL has no INSERT ... SELECT. Ten thousand rows in one statement, in this transaction.
        int recipients = entityManager.createNativeQuery("INSERT INTO rt_newsletter_delivery (issue_id,"
            + " subscription_id, status, attempts, next_attempt_at) SELECT ?1, s.id, 'PENDING', 0, ?2"
            + " FROM rt_subscription s WHERE s.status = 'CONFIRMED' AND s.bounced_at IS NULL")
            .setParameter(1, id).setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        issue.counted(recipients, now);
        audit.record(actor, AuditAction.SEND, SUBJECT, id, issue.getSubject());
        return issue;
    }

    /**
     * @param actor an author at least.
     * @param id an issue.
     * @return its figures so far (all zero for a draft).
     */
    public IssueFigures figures(@NotNull Actor actor, long id) {
        actor.require(Role.AUTHOR);
        NewsletterIssue issue = entityManager.find(NewsletterIssue.class, id);
        if (issue == null) {
            throw new IssueException(IssueException.NOT_FOUND, null);
        }
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (Object[] row : entityManager.createNamedQuery(Delivery.COUNTS, Object[].class).setParameter("issue", id)
            .getResultList()) {
            counts.put((DeliveryStatus) row[0], ((Number) row[1]).longValue());
        }
        long unsubscribed = issue.getSendStartedAt() == null ? 0 : entityManager.createQuery(
            "SELECT COUNT(s) FROM Subscription s WHERE s.unsubscribedAt >= :since"
                + " AND s.id IN (SELECT d.subscriptionId FROM Delivery d WHERE d.issueId = :issue)", Long.class).setParameter("issue", id)
            .setParameter("since", issue.getSendStartedAt()).getSingleResult();
        return new IssueFigures(issue.getRecipients(), count(counts, DeliveryStatus.SENT)
            + count(counts, DeliveryStatus.BOUNCED), count(counts, DeliveryStatus.PENDING)
            + count(counts, DeliveryStatus.SENDING), count(counts, DeliveryStatus.FAILED),
            count(counts, DeliveryStatus.SKIPPED), count(counts, DeliveryStatus.BOUNCED), unsubscribed);
    }

    /**
     * @param actor an administrator: the addresses are personal data.
     * @return the subscriptions whose address bounced for good, latest first, at most 100.
     */
    public List<Subscription> bounced(@NotNull Actor actor) {
        actor.require(Role.ADMINISTRATOR);
        return entityManager.createQuery("SELECT s FROM Subscription s WHERE s.bouncedAt IS NOT NULL"
            + " ORDER BY s.bouncedAt DESC, s.id DESC", Subscription.class).setMaxResults(100).getResultList();
    }

    /**
     * @param page which page.
     * @return the issues sent or being sent, newest first: the public archive (anyone may read it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<NewsletterIssue> archive(@NotNull PageRequest page) {
        long total = entityManager.createNamedQuery(NewsletterIssue.COUNT_ARCHIVED, Long.class)
            .setParameter("draft", IssueStatus.DRAFT).getSingleResult();
        List<NewsletterIssue> items = entityManager.createNamedQuery(NewsletterIssue.ARCHIVED, NewsletterIssue.class)
            .setParameter("draft", IssueStatus.DRAFT).setFirstResult(page.offset()).setMaxResults(page.size())
            .getResultList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * @param id an issue.
     * @return it when it has been sent (a draft is nobody's business).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NewsletterIssue> archived(long id) {
        return Optional.ofNullable(entityManager.find(NewsletterIssue.class, id))
            .filter(issue -> issue.getStatus() != IssueStatus.DRAFT);
    }

    private IssueRendering render(IssueDraft draft) {
        ArticleService articles = new ArticleService(entityManager, clock);
        List<Article> latest = draft.getLatestArticles() <= 0 ? List.of()
            : articles.latest(Math.min(draft.getLatestArticles(), IssueDraft.MAX_ARTICLES), null, null);
        Edition edition = draft.isNextEdition() ? new EditionService(entityManager, clock).featured().orElse(null) : null;
        return IssueMail.render(draft, new ArrayList<>(latest), edition, look(settings, draft.getLanguage()));
    }

    static IssueMail.Look look(Settings settings, String language) {
        String name = settings.get(NAME).filter(value -> !value.isBlank()).orElseGet(() -> NewsletterMessages
            .text(Locale.forLanguageTag(language), "ruralitic.newsletter.issue.name"));
        return new IssueMail.Look(name, settings.get(COLOUR).orElse(DEFAULT_COLOUR),
            NewsletterService.baseUrl(settings), settings.zone());
    }

    private String listId() {
        return IssueDispatcher.listId(settings);
    }

    private String baseUrl() {
        return NewsletterService.baseUrl(settings);
    }

    private void requireOpen() {
        if (!newsletter.isOpen()) {
            throw new IssueException(IssueException.CLOSED, null);
        }
    }

    private NewsletterIssue current(long id, int version) {
        NewsletterIssue issue = entityManager.find(NewsletterIssue.class, id);
        if (issue == null) {
            throw new IssueException(IssueException.NOT_FOUND, null);
        }
        if (issue.getStatus() != IssueStatus.DRAFT) {
            throw new IssueException(IssueException.ALREADY_SENT, null);
        }
        if (issue.getVersion() != version) {
            throw new EditConflictException(issue.getUpdatedBy(), issue.getUpdatedAt(), issue.getVersion(), 0);
        }
        return issue;
    }

    private void flush() {
        EditConflictException.flush(entityManager, clock.instant());
    }

    private static long count(Map<DeliveryStatus, Long> counts, DeliveryStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
