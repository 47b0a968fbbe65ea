package org.ruralitic.newsletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.ruralitic.common.BaseEntity;

/**
 * A newsletter issue: composed as a draft, then sent once to every confirmed subscriber. When the send starts, what
 * is sent is frozen in the row ({@link IssueRendering}): a crash, a redeploy or another server resuming the send mails
 * the same content, and the archive shows it.
 *
 * @since 0.3
 */
@Entity
@Table(name = "rt_newsletter_issue")
@NamedQuery(name = NewsletterIssue.ALL, query = "SELECT i FROM NewsletterIssue i ORDER BY i.updatedAt DESC, i.id DESC")
@NamedQuery(name = NewsletterIssue.COUNT_ALL, query = "SELECT COUNT(i) FROM NewsletterIssue i")
@NamedQuery(name = NewsletterIssue.ARCHIVED, query = "SELECT i FROM NewsletterIssue i WHERE i.status <> :draft"
    + " ORDER BY i.sendStartedAt DESC, i.id DESC")
@NamedQuery(name = NewsletterIssue.COUNT_ARCHIVED, query = "SELECT COUNT(i) FROM NewsletterIssue i"
    + " WHERE i.status <> :draft")
@NamedQuery(name = NewsletterIssue.SENDING, query = "SELECT i.id FROM NewsletterIssue i WHERE i.status = :sending")
public class NewsletterIssue extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Every issue, last changed first. */
    public static final String ALL = "NewsletterIssue.all";

    /** How many issues there are. */
    public static final String COUNT_ALL = "NewsletterIssue.countAll";

    /** The issues sent or being sent, newest first; parameter {@code draft}. */
    public static final String ARCHIVED = "NewsletterIssue.archived";

    /** How many; parameter {@code draft}. */
    public static final String COUNT_ARCHIVED = "NewsletterIssue.countArchived";

    /** Identifiers of the issues being sent; parameter {@code sending}. */
    public static final String SENDING = "NewsletterIssue.sending";

    // One per class loader: JSON-B looks its provider up on each create().
    private static final Jsonb JSON = JsonbBuilder.create();

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "intro")
    private String intro;

    // A long text column (no @Lob: Hibernate would take it for a PostgreSQL large object).
    @Column(name = "blocks_json", nullable = false)
    private String sectionsJson;

    @Column(name = "latest_articles", nullable = false)
    private int latestArticles;

    @Column(name = "next_edition", nullable = false)
    private boolean nextEdition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "sent_by", length = 254)
    private String sentBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "mail_html")
    private String mailHtml;

    @Column(name = "mail_text")
    private String mailText;

    @Column(name = "web_html")
    private String webHtml;

    protected NewsletterIssue() {
    }

    /**
     * A new draft.
     *
     * @param draft what the form holds, valid.
     * @param who the user creating it.
     * @param now the time.
     */
    public NewsletterIssue(IssueDraft draft, String who, Instant now) {
        this.createdAt = Objects.requireNonNull(now, "now is required");
        this.createdBy = Objects.requireNonNull(who, "who is required");
        compose(draft, who, now);
    }

    /**
     * Takes what the form holds.
     *
     * @param draft what the form holds, valid.
     * @param who the user saving it.
     * @param now the time.
     * @throws IllegalStateException once the send has started.
     */
    public void compose(IssueDraft draft, String who, Instant now) {
        requireDraft();
        this.subject = Objects.requireNonNull(draft.getSubject(), "subject is required");
        this.language = Objects.requireNonNull(draft.getLanguage(), "language is required");
        this.intro = draft.getIntro();
        this.sectionsJson = JSON.toJson(draft.filledSections().toArray(new IssueSection[0]));
        this.latestArticles = draft.getLatestArticles();
        this.nextEdition = draft.isNextEdition();
        this.updatedAt = now;
        this.updatedBy = who;
    }

    /**
     * Starts the send: freezes what is mailed. Written before the deliveries, so that two editors sending at once
     * conflict on this row's version rather than on the deliveries.
     *
     * @param rendering the mail and web version.
     * @param who the editor sending it.
     * @param now the time.
     */
    void startSending(IssueRendering rendering, String who, Instant now) {
        requireDraft();
        status = IssueStatus.SENDING;
        sendStartedAt = now;
        sentBy = who;
        updatedAt = now;
        updatedBy = who;
        mailHtml = rendering.html();
        mailText = rendering.text();
        webHtml = rendering.web();
    }

    /**
     * @param recipientCount how many deliveries were written.
     * @param now the time.
     */
    void counted(int recipientCount, Instant now) {
        recipients = recipientCount;
        if (recipientCount == 0) {
            finish(now);
        }
    }

    /**
     * Marks every delivery done.
     *
     * @param now the time.
     */
    void finish(Instant now) {
        if (status == IssueStatus.SENDING) {
            status = IssueStatus.SENT;
            finishedAt = now;
        }
    }

    private void requireDraft() {
        if (status != IssueStatus.DRAFT) {
            throw new IllegalStateException("Issue " + getId() + " has been sent: it can no longer change");
        }
    }

    /** @return what the form edits. */
    public IssueDraft toDraft() {
        IssueDraft draft = new IssueDraft();
        draft.setId(getId());
        draft.setVersion(getVersion());
        draft.setSubject(subject);
        draft.setLanguage(language);
        draft.setIntro(intro);
        draft.setSections(sections());
        draft.setLatestArticles(latestArticles);
        draft.setNextEdition(nextEdition);
        return draft;
    }

    /** @return the sections, in order. */
    public List<IssueSection> sections() {
        return new ArrayList<>(Arrays.asList(JSON.fromJson(sectionsJson, IssueSection[].class)));
    }

    /** @return the frozen rendering, or {@code null} for a draft. */
    public IssueRendering rendering() {
        return mailHtml == null ? null : new IssueRendering(mailHtml, mailText, webHtml);
    }

    /** @return the subject. */
    public String getSubject() {
        return subject;
    }

    /** @return {@code fr} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** @return the introduction, or {@code null}. */
    public String getIntro() {
        return intro;
    }

    /** @return how many of the latest articles it lists. */
    public int getLatestArticles() {
        return latestArticles;
    }

    /** @return whether it announces the featured edition. */
    public boolean isNextEdition() {
        return nextEdition;
    }

    /** @return where it stands. */
    public IssueStatus getStatus() {
        return status;
    }

    /** @return when it was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return who created it. */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @return when it last changed. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return who changed it last. */
    public String getUpdatedBy() {
        return updatedBy;
    }

    /** @return when the send started, or {@code null}. */
    public Instant getSendStartedAt() {
        return sendStartedAt;
    }

    /** @return who sent it, or {@code null}. */
    public String getSentBy() {
        return sentBy;
    }

    /** @return when every delivery was done, or {@code null}. */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** @return how many subscribers it was sent to. */
    public int getRecipients() {
        return recipients;
    }
}
