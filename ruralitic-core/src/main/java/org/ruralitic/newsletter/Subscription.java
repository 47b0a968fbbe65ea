package org.ruralitic.newsletter;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;

/**
 * One address on the newsletter list, with the proof of its consent. One row per address.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_subscription")
public class Subscription extends BaseEntity {

    private static final long serialVersionUID = 1L;

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
}
