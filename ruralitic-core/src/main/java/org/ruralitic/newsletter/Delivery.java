package org.ruralitic.newsletter;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The mail of one issue to one subscriber. Rows are written all at once when the send starts and changed only by
 * bulk updates, each of which only one server can win: the claim ({@link #CLAIM}), the outcome, the skip of an
 * address that unsubscribed. It holds no address: the subscription does.
 *
 * @since 0.3
 */
@Entity
@Table(name = "rt_newsletter_delivery")
@IdClass(Delivery.Key.class)
// No join: a delivery stays PENDING only while its address is confirmed (unsubscribing, a bounce and erasure skip or
// delete it in their own transaction), and a join planned on the statistics of a table that just took ten thousand
// rows in one statement can cost seconds (seen on PostgreSQL: a nested loop of 10 000 x 10 000).
@NamedQuery(name = Delivery.DUE, query = "SELECT d.issueId, d.subscriptionId FROM Delivery d"
    + " WHERE d.status = :pending AND d.nextAttemptAt <= :now ORDER BY d.issueId, d.subscriptionId")
@NamedQuery(name = Delivery.CLAIM, query = "UPDATE Delivery d SET d.status = :sending, d.claimedBy = :claimer,"
    + " d.claimedUntil = :until, d.attempts = d.attempts + 1 WHERE d.issueId = :issue"
    + " AND d.subscriptionId IN :subscriptions AND d.status = :pending AND d.nextAttemptAt <= :now")
@NamedQuery(name = Delivery.CLAIMED, query = "SELECT d.subscriptionId, d.attempts FROM Delivery d"
    + " WHERE d.issueId = :issue AND d.claimedBy = :claimer AND d.status = :sending ORDER BY d.subscriptionId")
@NamedQuery(name = Delivery.STATUS, query = "SELECT d.status FROM Delivery d WHERE d.issueId = :issue"
    + " AND d.subscriptionId = :subscription AND d.claimedBy = :claimer")
@NamedQuery(name = Delivery.RELEASE, query = "UPDATE Delivery d SET d.status = :pending, d.claimedUntil = NULL,"
    + " d.attempts = d.attempts - 1 WHERE d.issueId = :issue AND d.claimedBy = :claimer AND d.status = :sending")
@NamedQuery(name = Delivery.SENT, query = "UPDATE Delivery d SET d.status = :sent, d.sentAt = :now,"
    + " d.claimedUntil = NULL, d.lastError = NULL WHERE d.issueId = :issue AND d.subscriptionId = :subscription"
    + " AND d.claimedBy = :claimer AND d.status = :sending")
@NamedQuery(name = Delivery.RETRY, query = "UPDATE Delivery d SET d.status = :pending, d.nextAttemptAt = :next,"
    + " d.claimedUntil = NULL, d.lastError = :error WHERE d.issueId = :issue AND d.subscriptionId = :subscription"
    + " AND d.claimedBy = :claimer AND d.status = :sending")
@NamedQuery(name = Delivery.GIVE_UP, query = "UPDATE Delivery d SET d.status = :failed, d.claimedUntil = NULL,"
    + " d.lastError = :error WHERE d.issueId = :issue AND d.subscriptionId = :subscription"
    + " AND d.claimedBy = :claimer AND d.status = :sending")
@NamedQuery(name = Delivery.RECOVER, query = "UPDATE Delivery d SET d.status = :pending, d.claimedUntil = NULL"
    + " WHERE d.status = :sending AND d.claimedUntil <= :now")
@NamedQuery(name = Delivery.SKIP_SUBSCRIPTION, query = "UPDATE Delivery d SET d.status = :skipped"
    + " WHERE d.subscriptionId = :subscription AND d.status IN :open")
@NamedQuery(name = Delivery.DELETE_SUBSCRIPTION, query = "DELETE FROM Delivery d WHERE d.subscriptionId = :subscription")
@NamedQuery(name = Delivery.SENT_SINCE, query = "SELECT COUNT(d) FROM Delivery d WHERE d.sentAt >= :since")
@NamedQuery(name = Delivery.COUNTS, query = "SELECT d.status, COUNT(d) FROM Delivery d WHERE d.issueId = :issue"
    + " GROUP BY d.status")
@NamedQuery(name = Delivery.OPEN, query = "SELECT COUNT(d) FROM Delivery d WHERE d.issueId = :issue"
    + " AND d.status IN :open")
public class Delivery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Keys (issue, subscription) of the due deliveries; parameters {@code pending}, {@code now}. */
    public static final String DUE = "Delivery.due";

    /** Claims due deliveries of an issue for sending; parameters {@code issue}, {@code subscriptions},
     * {@code sending}, {@code claimer}, {@code until}, {@code pending}, {@code now}. */
    public static final String CLAIM = "Delivery.claim";

    /** The deliveries a claim won: subscription, attempts; parameters {@code issue}, {@code claimer},
     * {@code sending}. */
    public static final String CLAIMED = "Delivery.claimed";

    /** The status of a claimed delivery, read just before its mail leaves; parameters {@code issue},
     * {@code subscription}, {@code claimer}. */
    public static final String STATUS = "Delivery.status";

    /** Gives back the claimed deliveries a run did not get to; parameters {@code pending}, {@code issue},
     * {@code claimer}, {@code sending}. */
    public static final String RELEASE = "Delivery.release";

    /** Marks a claimed delivery sent; parameters {@code issue}, {@code subscription}, {@code sent}, {@code now},
     * {@code claimer}, {@code sending}. */
    public static final String SENT = "Delivery.sent";

    /** Puts a claimed delivery back for a later attempt; parameters {@code issue}, {@code subscription},
     * {@code pending}, {@code next}, {@code error}, {@code claimer}, {@code sending}. */
    public static final String RETRY = "Delivery.retry";

    /** Gives a claimed delivery up; parameters {@code issue}, {@code subscription}, {@code failed}, {@code error},
     * {@code claimer}, {@code sending}. */
    public static final String GIVE_UP = "Delivery.giveUp";

    /** Puts back the deliveries whose claim ran out (a server that stopped mid-send); parameters {@code pending},
     * {@code sending}, {@code now}. */
    public static final String RECOVER = "Delivery.recover";

    /** Skips the deliveries to a subscription not sent yet, claimed or not; parameters {@code skipped},
     * {@code subscription}, {@code open} (pending and sending). */
    public static final String SKIP_SUBSCRIPTION = "Delivery.skipSubscription";

    /** Deletes every delivery to a subscription (erasure); parameter {@code subscription}. */
    public static final String DELETE_SUBSCRIPTION = "Delivery.deleteSubscription";

    /** How many deliveries were sent since a time, on every server; parameter {@code since}. */
    public static final String SENT_SINCE = "Delivery.sentSince";

    /** Deliveries of an issue by status; parameter {@code issue}. */
    public static final String COUNTS = "Delivery.counts";

    /** How many deliveries of an issue are still to do; parameters {@code issue}, {@code open}. */
    public static final String OPEN = "Delivery.open";

    /** The statuses of a delivery whose mail has not left. */
    public static final java.util.List<DeliveryStatus> NOT_SENT = java.util.List.of(DeliveryStatus.PENDING,
        DeliveryStatus.SENDING);

    @Id
    @Column(name = "issue_id")
    private Long issueId;

    @Id
    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected Delivery() {
    }

    /** @return the issue's identifier. */
    public Long getIssueId() {
        return issueId;
    }

    /** @return the subscription's identifier. */
    public Long getSubscriptionId() {
        return subscriptionId;
    }

    /** @return where it stands. */
    public DeliveryStatus getStatus() {
        return status;
    }

    /** @return the attempts made. */
    public int getAttempts() {
        return attempts;
    }

    /** @return when it was accepted by SMTP, or {@code null}. */
    public Instant getSentAt() {
        return sentAt;
    }

    /** @return the last error, or {@code null}. */
    public String getLastError() {
        return lastError;
    }

    /**
     * The key of a delivery.
     *
     * @since 0.3
     */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long issueId;
        private Long subscriptionId;

        /** For JPA. */
        public Key() {
        }

        /**
         * @param issueId the issue's identifier.
         * @param subscriptionId the subscription's identifier.
         */
        public Key(Long issueId, Long subscriptionId) {
            this.issueId = Objects.requireNonNull(issueId, "issue is required");
            this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscription is required");
        }

        /** @return the issue's identifier. */
        public Long issueId() {
            return issueId;
        }

        /** @return the subscription's identifier. */
        public Long subscriptionId() {
            return subscriptionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(issueId, key.issueId)
                && Objects.equals(subscriptionId, key.subscriptionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issueId, subscriptionId);
        }
    }
}
