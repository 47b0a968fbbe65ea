package org.ruralitic.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.SecureTokens;

/**
 * One address on the newsletter list, with the proof of its consent (RGPD art. 7: the version of the wording agreed
 * to, when, on which page, and when it was confirmed). One row per address.
 * <p>
 * Double opt-in: each confirmation mail carries a new confirmation token and a new unsubscribe token, of which only
 * SHA-256 hashes are kept. The confirmation token expires and is used once; the unsubscribe token never expires.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_subscription")
@NamedQuery(name = Subscription.BY_EMAIL, query = "SELECT s FROM Subscription s WHERE s.email = :email")
@NamedQuery(name = Subscription.BY_CONFIRM_TOKEN, query = "SELECT s FROM Subscription s"
    + " WHERE s.confirmTokenHash = :hash")
@NamedQuery(name = Subscription.BY_UNSUBSCRIBE_TOKEN, query = "SELECT s FROM Subscription s"
    + " WHERE s.unsubscribeTokenHash = :hash")
@NamedQuery(name = Subscription.EXPIRED, query = "SELECT s.email FROM Subscription s WHERE s.status = :pending"
    + " AND s.confirmExpiresAt < :now")
@NamedQuery(name = Subscription.DELETE_EXPIRED, query = "DELETE FROM Subscription s WHERE s.status = :pending"
    + " AND s.confirmExpiresAt < :now")
@NamedQuery(name = Subscription.DELETE_BY_EMAIL, query = "DELETE FROM Subscription s WHERE s.email = :email")
@NamedQuery(name = Subscription.CONFIRMED, query = "SELECT s FROM Subscription s WHERE s.status = :confirmed"
    + " ORDER BY s.email")
public class Subscription extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The subscription of an address; parameter {@code email}. */
    public static final String BY_EMAIL = "Subscription.findByEmail";

    /** The subscription of a confirmation token; parameter {@code hash}. */
    public static final String BY_CONFIRM_TOKEN = "Subscription.findByConfirmToken";

    /** The subscription of an unsubscribe token; parameter {@code hash}. */
    public static final String BY_UNSUBSCRIBE_TOKEN = "Subscription.findByUnsubscribeToken";

    /** Addresses of unconfirmed sign-ups whose link expired; parameters {@code pending}, {@code now}. */
    public static final String EXPIRED = "Subscription.findExpired";

    /** Deletes them; parameters {@code pending}, {@code now}. */
    public static final String DELETE_EXPIRED = "Subscription.deleteExpired";

    /** Deletes the subscription of an address; parameter {@code email}. */
    public static final String DELETE_BY_EMAIL = "Subscription.deleteByEmail";

    /** Confirmed subscriptions by address; parameter {@code confirmed}. */
    public static final String CONFIRMED = "Subscription.findConfirmed";

    /** Longest address (RFC 5321 path limit). */
    public static final int MAX_EMAIL = 254;

    @NotBlank
    @Email(message = "{ruralitic.email.invalid}")
    @Size(max = MAX_EMAIL)
    @Column(nullable = false, unique = true, length = MAX_EMAIL)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriptionStatus status = SubscriptionStatus.PENDING;

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String locale;

    @NotBlank
    @Size(max = 40)
    @Column(name = "consent_version", nullable = false, length = 40)
    private String consentVersion;

    @Size(max = 500)
    @Column(name = "source_page", length = 500)
    private String sourcePage;

    @NotNull
    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    @Column(name = "unsubscribe_token_hash", length = 64)
    private String unsubscribeTokenHash;

    @Column(name = "confirmation_mails", nullable = false)
    private int confirmationMails;

    @Column(name = "last_mailed_at")
    private Instant lastMailedAt;

    @Column(name = "bounced_at")
    private Instant bouncedAt;

    @Column(name = "bounce_status", length = 20)
    private String bounceStatus;

    protected Subscription() {
    }

    /**
     * A pending subscription.
     *
     * @param email the normalised address.
     * @param locale the language of the sign-up, such as {@code fr}.
     * @param consentVersion the version of the consent wording the subscriber agreed to.
     * @param sourcePage the page of the sign-up form, or {@code null}.
     * @param now the time of the sign-up.
     */
    public Subscription(String email, String locale, String consentVersion, String sourcePage, Instant now) {
        this.email = Objects.requireNonNull(email, "email is required");
        this.locale = Objects.requireNonNull(locale, "locale is required");
        this.consentVersion = Objects.requireNonNull(consentVersion, "consent version is required");
        this.sourcePage = sourcePage;
        this.subscribedAt = Objects.requireNonNull(now, "now is required");
    }

    /**
     * Records a (new) sign-up of this address and issues the tokens of its confirmation mail. An unsubscribed
     * address, or one whose link expired, starts over; a pending one gets new tokens, its earlier links stop working.
     *
     * @param language the language of the sign-up.
     * @param consentWording the version of the consent wording agreed to.
     * @param page the page of the sign-up form, or {@code null}.
     * @param now the time of the sign-up.
     * @param lifetime how long the confirmation link is valid.
     * @return the tokens for the mail's links; they are not kept.
     * @throws IllegalStateException for a confirmed subscription, which needs no confirmation.
     */
    public Tokens requestConfirmation(String language, String consentWording, String page, Instant now,
        Duration lifetime) {
        if (status == SubscriptionStatus.CONFIRMED) {
            throw new IllegalStateException("A confirmed subscription needs no confirmation mail");
        }
        if (status == SubscriptionStatus.UNSUBSCRIBED || isExpired(now)) {
            confirmationMails = 0;
        }
        status = SubscriptionStatus.PENDING;
        locale = Objects.requireNonNull(language, "locale is required");
        consentVersion = Objects.requireNonNull(consentWording, "consent version is required");
        sourcePage = page;
        subscribedAt = now;
        confirmedAt = null;
        unsubscribedAt = null;
        Tokens tokens = new Tokens(SecureTokens.random(), SecureTokens.random());
        confirmTokenHash = SecureTokens.hash(tokens.confirm());
        confirmExpiresAt = now.plus(lifetime);
        unsubscribeTokenHash = SecureTokens.hash(tokens.unsubscribe());
        confirmationMails++;
        lastMailedAt = now;
        return tokens;
    }

    /**
     * New links for a pending subscription's confirmation mail, sent again at an administrator's request: the consent
     * given at the sign-up stands as it was (its date, wording and page); the earlier links stop working.
     *
     * @param now the time.
     * @param lifetime how long the new confirmation link is valid.
     * @return the tokens for the mail's links; they are not kept.
     * @throws IllegalStateException unless pending.
     */
    public Tokens reissueConfirmation(Instant now, Duration lifetime) {
        if (status != SubscriptionStatus.PENDING) {
            throw new IllegalStateException("Only a pending subscription is sent its confirmation again");
        }
        Tokens tokens = new Tokens(SecureTokens.random(), SecureTokens.random());
        confirmTokenHash = SecureTokens.hash(tokens.confirm());
        confirmExpiresAt = now.plus(lifetime);
        unsubscribeTokenHash = SecureTokens.hash(tokens.unsubscribe());
        confirmationMails++;
        lastMailedAt = now;
        return tokens;
    }

    /**
     * @param now the time.
     * @param interval the shortest time between two confirmation mails.
     * @param maxMails the most confirmation mails for one sign-up.
     * @return whether a new sign-up of this address may send it a confirmation mail now: never when confirmed;
     * when pending, not too soon nor too often, unless its link expired.
     */
    public boolean mayMailConfirmation(Instant now, Duration interval, int maxMails) {
        return switch (status) {
            case CONFIRMED -> false;
            case UNSUBSCRIBED -> true;
            case PENDING -> isExpired(now) || lastMailedAt == null
                || confirmationMails < maxMails && !now.isBefore(lastMailedAt.plus(interval));
        };
    }

    /**
     * Confirms the subscription with the token of its link (found by its hash).
     *
     * @param now the time.
     * @return {@link ConfirmOutcome#CONFIRMED}, or why not.
     */
    public ConfirmOutcome confirm(Instant now) {
        if (confirmedAt != null) {
            return ConfirmOutcome.ALREADY_USED;
        }
        if (status != SubscriptionStatus.PENDING) {
            return ConfirmOutcome.UNKNOWN;
        }
        if (isExpired(now)) {
            return ConfirmOutcome.EXPIRED;
        }
        status = SubscriptionStatus.CONFIRMED;
        confirmedAt = now;
        return ConfirmOutcome.CONFIRMED;
    }

    /**
     * Ends the subscription; harmless when it has ended already. An unconfirmed sign-up's confirmation link stops
     * working.
     *
     * @param now the time.
     */
    public void unsubscribe(Instant now) {
        if (status == SubscriptionStatus.UNSUBSCRIBED) {
            return;
        }
        if (status == SubscriptionStatus.PENDING) {
            confirmTokenHash = null;
        }
        status = SubscriptionStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
    }

    /**
     * Records a hard bounce: the address does not exist or refuses mail for good. No issue is mailed to it again;
     * it stays on the list, marked, for an administrator to see (and erase).
     *
     * @param now the time the report was read.
     * @param status the report's status code, such as {@code 5.1.1}.
     */
    public void bounced(Instant now, String status) {
        if (bouncedAt == null) {
            bouncedAt = Objects.requireNonNull(now, "now is required");
            bounceStatus = status == null || status.length() <= 20 ? status : status.substring(0, 20);
        }
    }

    /** @return when a hard bounce was reported, or {@code null}. */
    public Instant getBouncedAt() {
        return bouncedAt;
    }

    /** @return the status code of the bounce, or {@code null}. */
    public String getBounceStatus() {
        return bounceStatus;
    }

    /**
     * @param now the time.
     * @return whether this is an unconfirmed sign-up whose link has expired.
     */
    public boolean isExpired(Instant now) {
        return status == SubscriptionStatus.PENDING && confirmExpiresAt != null && !now.isBefore(confirmExpiresAt);
    }

    /** @return the address. */
    public String getEmail() {
        return email;
    }

    /** @return where it stands. */
    public SubscriptionStatus getStatus() {
        return status;
    }

    /** @return the language of the sign-up. */
    public String getLocale() {
        return locale;
    }

    /** @return the version of the consent wording. */
    public String getConsentVersion() {
        return consentVersion;
    }

    /** @return the page of the sign-up form, or {@code null}. */
    public String getSourcePage() {
        return sourcePage;
    }

    /** @return when the address signed up. */
    public Instant getSubscribedAt() {
        return subscribedAt;
    }

    /** @return when it confirmed, or {@code null}. */
    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** @return when it unsubscribed, or {@code null}. */
    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    /** @return when the confirmation link expires (or expired), or {@code null} before any. */
    public Instant getConfirmExpiresAt() {
        return confirmExpiresAt;
    }

    /** @return the confirmation mails sent for the current sign-up. */
    public int getConfirmationMails() {
        return confirmationMails;
    }

    /**
     * The tokens of one confirmation mail, in clear: for its links only, never stored.
     *
     * @param confirm the token of the confirmation link.
     * @param unsubscribe the token of the unsubscribe link.
     * @since 0.1
     */
    public record Tokens(String confirm, String unsubscribe) {
    }
}
