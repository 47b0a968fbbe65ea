package org.ruralitic.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.Persistence;

/**
 * A mail of the outbox: written in the transaction that decides it, sent later by {@link OutboxDispatcher}.
 * <p>
 * A dispatcher claims a row with a lease ({@link #CLAIM}, an update that only one server can win), sends it without
 * any transaction open, then records {@linkplain #sent(Instant) success} or {@linkplain #failed(String, String,
 * Instant, int) failure}.
 *
 * <h2>Usage</h2>
 * <pre>
 * OutboxMail.enqueue(entityManager, mail, clock.instant()); // in the transaction of the change
 * </pre>
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_outbox")
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m.id FROM OutboxMail m WHERE m.status = :pending"
    + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)"
    + " ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.claimedUntil = :until,"
    + " m.claimedBy = :claimer, m.attempts = m.attempts + 1 WHERE m.id = :id AND m.status = :pending"
    + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)")
@NamedQuery(name = OutboxMail.DELETE_TO, query = "DELETE FROM OutboxMail m WHERE m.recipient = :recipient")
@NamedQuery(name = OutboxMail.DELETE_UNSENT_TO, query = "DELETE FROM OutboxMail m WHERE m.recipient IN :recipients"
    + " AND m.status = :pending")
@NamedQuery(name = OutboxMail.DELETE_DONE_BEFORE, query = "DELETE FROM OutboxMail m WHERE m.status <> :pending"
    + " AND m.createdAt < :before")
public class OutboxMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Identifiers of due rows, oldest first; parameters {@code pending}, {@code now}. */
    public static final String DUE = "OutboxMail.due";

    /** Leases a due row; parameters {@code id}, {@code now}, {@code until}, {@code claimer}, {@code pending}. */
    public static final String CLAIM = "OutboxMail.claim";

    /** Deletes every mail to an address (erasure); parameter {@code recipient}. */
    public static final String DELETE_TO = "OutboxMail.deleteTo";

    /** Deletes the mails not yet sent to addresses; parameters {@code recipients}, {@code pending}. */
    public static final String DELETE_UNSENT_TO = "OutboxMail.deleteUnsentTo";

    /** Deletes the mails sent or given up that were written before a time; parameters {@code pending}, {@code before}. */
    public static final String DELETE_DONE_BEFORE = "OutboxMail.deleteDoneBefore";

    /** Longest error text kept. */
    public static final int MAX_ERROR = 1000;

    private static final String HEADER_SEPARATOR = ": ";

    @NotNull
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private String recipient;

    @NotNull
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String subject;

    @NotNull
    @Column(name = "text_body", nullable = false)
    private String text;

    @NotNull
    @Column(name = "html_body", nullable = false)
    private String html;

    @Column(name = "headers")
    private String headers;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxMail() {
    }

    /**
     * A mail to send as soon as a dispatcher runs.
     *
     * @param mail the mail.
     * @param now the time it is decided.
     */
    public OutboxMail(OutgoingMail mail, Instant now) {
        Objects.requireNonNull(mail, "mail is required");
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        StringBuilder lines = new StringBuilder();
        mail.headers().forEach((name, value) -> lines.append(name).append(HEADER_SEPARATOR).append(value).append('\n'));
        this.headers = lines.toString();
        this.createdAt = Objects.requireNonNull(now, "now is required");
        this.nextAttemptAt = now;
    }

    /**
     * Puts a mail in the outbox, in the caller's transaction: it is sent only if that transaction commits.
     *
     * @param entityManager the entity manager of the transaction.
     * @param mail the mail.
     * @param now the time it is decided.
     * @return the row.
     */
    public static OutboxMail enqueue(EntityManager entityManager, OutgoingMail mail, Instant now) {
        return Persistence.save(entityManager, new OutboxMail(mail, now));
    }

    /** @return the mail to send. */
    public OutgoingMail toOutgoingMail() {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (headers != null) {
            headers.lines().filter(line -> line.contains(HEADER_SEPARATOR)).forEach(line -> {
                int colon = line.indexOf(HEADER_SEPARATOR);
                parsed.put(line.substring(0, colon), line.substring(colon + HEADER_SEPARATOR.length()));
            });
        }
        return new OutgoingMail(recipient, subject, text, html, parsed);
    }

    /**
     * Records that the mail was handed to the mail server (even by a dispatcher whose lease ran out: it was sent).
     *
     * @param now the time.
     */
    public void sent(Instant now) {
        if (status == OutboxStatus.PENDING) {
            status = OutboxStatus.SENT;
            sentAt = now;
            claimedUntil = null;
            claimedBy = null;
            lastError = null;
        }
    }

    /**
     * Records a failed attempt by the dispatcher that holds the lease: the mail waits until {@code next}, or is
     * given up once it has had {@code maxAttempts}.
     *
     * @param claimer who claimed it; another claimer's failure changes nothing.
     * @param error what went wrong.
     * @param next when to try again.
     * @param maxAttempts the attempts after which the mail is {@link OutboxStatus#FAILED}.
     * @return whether the failure was recorded.
     */
    public boolean failed(String claimer, String error, Instant next, int maxAttempts) {
        if (status != OutboxStatus.PENDING || !Objects.equals(claimer, claimedBy)) {
            return false;
        }
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        claimedUntil = null;
        claimedBy = null;
        nextAttemptAt = next;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        }
        return true;
    }

    /**
     * @param attempts the attempts made so far (at least 1).
     * @param first the delay after the first failure.
     * @param cap the longest delay.
     * @return the delay before the next attempt: doubled at each failure, capped.
     */
    public static Duration backoff(int attempts, Duration first, Duration cap) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** @return the recipient's address. */
    public String getRecipient() {
        return recipient;
    }

    /** @return the subject. */
    public String getSubject() {
        return subject;
    }

    /** @return where it stands. */
    public OutboxStatus getStatus() {
        return status;
    }

    /** @return the attempts made, counted when a dispatcher claims the mail. */
    public int getAttempts() {
        return attempts;
    }

    /** @return when it was written. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when it is due. */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** @return the end of the current lease, or {@code null}. */
    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    /** @return when it was sent, or {@code null}. */
    public Instant getSentAt() {
        return sentAt;
    }

    /** @return the error of the last failed attempt, or {@code null}. */
    public String getLastError() {
        return lastError;
    }
}
