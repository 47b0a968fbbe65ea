package org.ruralitic.newsletter;

import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.DatabaseFailures;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Settings;
import org.ruralitic.common.Transactions;
import org.ruralitic.guard.FormStamps;
import org.ruralitic.guard.RateLimiter;
import org.ruralitic.guard.Secrets;
import org.ruralitic.guard.StampCheck;
import org.ruralitic.mail.JakartaMailSender;
import org.ruralitic.mail.MailQueued;
import org.ruralitic.mail.OutboxMail;
import org.ruralitic.mail.OutboxStatus;

/**
 * The newsletter list: double opt-in sign-up, confirmation, one-click unsubscription, erasure and export.
 * <p>
 * A sign-up answers {@link SignUpOutcome#CHECK_YOUR_INBOX} whatever the address's state and whatever the anti-abuse
 * checks found, so that the form tells nobody who is on the list. Its confirmation mail goes into the outbox in the
 * same transaction as the subscription: it is sent later by {@link org.ruralitic.mail.OutboxDispatcher}, never
 * during the request. Concurrent sign-ups of one address make one row: the loser of the insert retries by reading,
 * in a new transaction.
 *
 * <h2>Usage</h2>
 * <pre>
 * newsletter.subscribe(SignUp.of("jeanne@example.fr", true, Locale.FRENCH, "/ruralitic/"));
 * ConfirmOutcome outcome = newsletter.confirm(request.getParameter("token"));
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class NewsletterService {

    /** How long a confirmation link is valid (ISO-8601, default {@code P7D}). */
    public static final String TOKEN_LIFETIME = "newsletter.token.lifetime";

    /**
     * How long mails sent or given up stay in the outbox, with their recipient's address, for someone to check what
     * was sent (ISO-8601, default {@code P30D}).
     */
    public static final String OUTBOX_RETENTION = "newsletter.outbox.retention";

    /** The version of the consent wording shown by the form (default {@value #DEFAULT_CONSENT_VERSION}). */
    public static final String CONSENT_VERSION = "newsletter.consent.version";

    /** The public address of the portal for the links of mails, such as {@code https://www.cantal.fr} (required). */
    public static final String BASE_URL = "newsletter.base.url";

    /** The shortest time between two confirmation mails to a pending address (ISO-8601, default {@code PT15M}). */
    public static final String RESEND_INTERVAL = "newsletter.resend.interval";

    /** The consent wording version unless {@value #CONSENT_VERSION} says otherwise. */
    public static final String DEFAULT_CONSENT_VERSION = "2026-11";

    /** The most confirmation mails one sign-up gets (the first and resent ones) before its link expires. */
    public static final int MAX_CONFIRMATION_MAILS = 5;

    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    private static final Duration DEFAULT_RESEND_INTERVAL = Duration.ofMinutes(15);
    private static final Duration DEFAULT_OUTBOX_RETENTION = Duration.ofDays(30);
    private static final int MAX_SOURCE_PAGE = 500;
    private static final int MAX_TOKEN = 100;
    private static final int ATTEMPTS = 5;

    private static final Logger LOGGER = System.getLogger(NewsletterService.class.getName());
    private static final String DROPPED = "RuraliTIC newsletter: sign-up silently dropped ({0})";
    private static final String RETRY = "RuraliTIC newsletter: attempt {0} failed, retrying in a new transaction: {1}";
    private static final String NO_BASE_URL = "RuraliTIC setting " + BASE_URL + " (such as https://www.cantal.fr) is"
        + " required for the links of newsletter mails";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    Transactions transactions;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    FormStamps stamps;

    @Inject
    RateLimiter limiter;

    @Inject
    Secrets secrets;

    /** Sends a confirmation mail once its transaction commits; none when built by hand (the persistence tests). */
    @Inject
    Event<MailQueued> mailQueued;

    /** For CDI. */
    protected NewsletterService() {
    }

    /**
     * @param entityManager the entity manager of the caller's transaction (erasure, export, purge).
     * @param transactions the transactions of sign-ups, confirmations and unsubscriptions, retried on conflict.
     * @param clock the time of sign-ups and confirmations.
     * @param settings the settings of the newsletter.
     * @param stamps the checker of form stamps.
     * @param limiter the rate limit of sign-ups.
     * @param secrets the key of the unsubscribe links of newsletter issues.
     */
    public NewsletterService(EntityManager entityManager, Transactions transactions, Clock clock, Settings settings,
        FormStamps stamps, RateLimiter limiter, Secrets secrets) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.stamps = stamps;
        this.limiter = limiter;
        this.secrets = secrets;
    }

    /**
     * Signs an address up, without anti-abuse checks (a call from code).
     *
     * @param email the address as typed.
     * @param consent whether the person agreed.
     * @param locale the language of their page.
     * @param sourcePage the page of the form, or {@code null}.
     * @return always {@link SignUpOutcome#CHECK_YOUR_INBOX}.
     * @throws SignUpException for a missing or invalid address, or no consent.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public SignUpOutcome subscribe(String email, boolean consent, Locale locale, String sourcePage) {
        return subscribe(SignUp.of(email, consent, locale, sourcePage));
    }

    /**
     * Signs an address up: a new or unsubscribed address gets a confirmation mail; a pending one gets a new mail if
     * the last one is at least {@value #RESEND_INTERVAL} old (at most {@value #MAX_CONFIRMATION_MAILS}); a confirmed
     * one gets nothing. A filled honeypot, a bad form stamp or a client over its rate limit stores and sends nothing,
     * and looks the same to the caller.
     *
     * @param signUp the form as submitted.
     * @return always {@link SignUpOutcome#CHECK_YOUR_INBOX}.
     * @throws SignUpException for a missing or invalid address, or no consent.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public SignUpOutcome subscribe(@NotNull SignUp signUp) {
        Instant now = clock.instant();
        if (signUp.honeypot() != null && !signUp.honeypot().isBlank()) {
            return dropped("honeypot filled");
        }
        if (signUp.formStamp() != null) {
            StampCheck check = stamps.check(signUp.formStamp(), now);
            if (check != StampCheck.VALID) {
                return dropped("form stamp " + check);
            }
        }
        String email = EmailAddresses.normalise(signUp.email());
        if (!signUp.consent()) {
            throw new SignUpException(SignUpException.CONSENT_REQUIRED);
        }
        if (signUp.clientKey() != null && !limiter.tryHit(signUp.clientKey(), now)) {
            return dropped("rate limit");
        }
        String language = NewsletterMessages.language(signUp.locale());
        String page = signUp.sourcePage() == null || signUp.sourcePage().length() <= MAX_SOURCE_PAGE
            ? signUp.sourcePage() : signUp.sourcePage().substring(0, MAX_SOURCE_PAGE);
        String baseUrl = baseUrl();
        retrying(em -> register(em, email, language, page, baseUrl, now));
        return SignUpOutcome.CHECK_YOUR_INBOX;
    }

    /**
     * Follows a confirmation link.
     *
     * @param token the token of the link, possibly mistyped or {@code null}.
     * @return what happened, for the page to say so.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public ConfirmOutcome confirm(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return ConfirmOutcome.UNKNOWN;
        }
        String hash = SecureTokens.hash(token.strip());
        return retrying(em -> Persistence.single(em.createNamedQuery(Subscription.BY_CONFIRM_TOKEN, Subscription.class)
            .setParameter("hash", hash)).map(subscription -> subscription.confirm(clock.instant()))
            .orElse(ConfirmOutcome.UNKNOWN));
    }

    /**
     * Follows an unsubscribe link, or a mail program's one-click POST (RFC 8058). Doing it again is harmless and
     * gives the same outcome. Mails not yet sent to the address are dropped.
     *
     * @param token the token of the link, possibly mistyped or {@code null}.
     * @return what happened.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public UnsubscribeOutcome unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return UnsubscribeOutcome.UNKNOWN;
        }
        String clean = token.strip();
        // An issue's link is signed; a confirmation mail's is a random token whose hash is kept.
        Optional<Long> signed = UnsubscribeLinks.isSigned(clean) ? new UnsubscribeLinks(secrets).verify(clean)
            : Optional.empty();
        if (UnsubscribeLinks.isSigned(clean) && signed.isEmpty()) {
            return UnsubscribeOutcome.UNKNOWN;
        }
        String hash = SecureTokens.hash(clean);
        return retrying(em -> {
            Optional<Subscription> found = signed.isPresent()
                ? Optional.ofNullable(em.find(Subscription.class, signed.get()))
                : Persistence.single(em.createNamedQuery(Subscription.BY_UNSUBSCRIBE_TOKEN, Subscription.class)
                    .setParameter("hash", hash));
            found.ifPresent(subscription -> {
                subscription.unsubscribe(clock.instant());
                deleteUnsent(em, List.of(subscription.getEmail()));
                // From this commit on, no issue leaves for the address: a delivery not yet claimed is skipped.
                em.createNamedQuery(Delivery.SKIP_SUBSCRIPTION).setParameter("skipped", DeliveryStatus.SKIPPED)
                    .setParameter("subscription", subscription.getId()).setParameter("open", Delivery.NOT_SENT)
                    .executeUpdate();
            });
            return found.isPresent() ? UnsubscribeOutcome.UNSUBSCRIBED : UnsubscribeOutcome.UNKNOWN;
        });
    }

    /**
     * Erases an address (RGPD art. 17): its subscription, every mail to it in the outbox, sent or not, and its
     * deliveries of newsletter issues (an issue's figures then count one recipient less).
     *
     * @param email the address, as typed or normalised.
     * @return whether it had a subscription.
     * @throws SignUpException when it is not an address.
     */
    public boolean erase(String email) {
        String normalised = EmailAddresses.normalise(email);
        entityManager.createNamedQuery(OutboxMail.DELETE_TO).setParameter("recipient", normalised).executeUpdate();
        Persistence.single(entityManager.createNamedQuery(Subscription.BY_EMAIL, Subscription.class)
            .setParameter("email", normalised)).ifPresent(subscription -> entityManager
                .createNamedQuery(Delivery.DELETE_SUBSCRIPTION).setParameter("subscription", subscription.getId())
                .executeUpdate());
        return entityManager.createNamedQuery(Subscription.DELETE_BY_EMAIL).setParameter("email", normalised)
            .executeUpdate() > 0;
    }

    /**
     * Writes the confirmed subscribers as CSV (RFC 4180, UTF-8 is the writer's business), with a header row:
     * {@value SubscriberCsv#HEADER}. Times are UTC, ISO-8601.
     *
     * @param out where to write; not closed.
     * @return how many subscribers were written.
     */
    public int exportConfirmed(@NotNull Writer out) {
        List<Subscription> confirmed = entityManager.createNamedQuery(Subscription.CONFIRMED, Subscription.class)
            .setParameter("confirmed", SubscriptionStatus.CONFIRMED).getResultList();
        SubscriberCsv.write(confirmed, out);
        return confirmed.size();
    }

    /** @return how many confirmed subscribers a newsletter issue sent now would reach (bounced addresses left out). */
    @Transactional(TxType.SUPPORTS)
    public long confirmedCount() {
        return entityManager.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.status = :confirmed"
            + " AND s.bouncedAt IS NULL", Long.class).setParameter("confirmed", SubscriptionStatus.CONFIRMED)
            .getSingleResult();
    }

    /**
     * Deletes the unconfirmed sign-ups whose link expired before {@code now}, with their unsent mails, the ended
     * rate-limit windows, and the outbox's mails sent or given up longer ago than {@value #OUTBOX_RETENTION}.
     *
     * @param now the time.
     * @return how many sign-ups were deleted.
     */
    public int purgeExpired(@NotNull Instant now) {
        List<String> expired = entityManager.createNamedQuery(Subscription.EXPIRED, String.class)
            .setParameter("pending", SubscriptionStatus.PENDING).setParameter("now", now).getResultList();
        deleteUnsent(entityManager, expired);
        int purged = entityManager.createNamedQuery(Subscription.DELETE_EXPIRED)
            .setParameter("pending", SubscriptionStatus.PENDING).setParameter("now", now).executeUpdate();
        limiter.forgetEnded(now);
        entityManager.createNamedQuery(OutboxMail.DELETE_DONE_BEFORE).setParameter("pending", OutboxStatus.PENDING)
            .setParameter("before", now.minus(settings.duration(OUTBOX_RETENTION, DEFAULT_OUTBOX_RETENTION)))
            .executeUpdate();
        return purged;
    }

    private Void register(EntityManager em, String email, String language, String page, String baseUrl,
        Instant now) {
        Optional<Subscription> existing = Persistence.single(em.createNamedQuery(Subscription.BY_EMAIL,
            Subscription.class).setParameter("email", email));
        if (existing.isPresent() && !existing.get().mayMailConfirmation(now,
            settings.duration(RESEND_INTERVAL, DEFAULT_RESEND_INTERVAL), MAX_CONFIRMATION_MAILS)) {
            return null;
        }
        String consentVersion = settings.get(CONSENT_VERSION).orElse(DEFAULT_CONSENT_VERSION);
        Subscription subscription = existing.orElseGet(() -> new Subscription(email, language, consentVersion, page,
            now));
        Subscription.Tokens tokens = subscription.requestConfirmation(language, consentVersion, page, now,
            settings.duration(TOKEN_LIFETIME, DEFAULT_LIFETIME));
        if (existing.isEmpty()) {
            // Breaks the unique address at once when another sign-up of it won: retried by reading.
            Persistence.save(em, subscription);
        }
        else {
            em.flush();
        }
        OutboxMail.enqueue(em, ConfirmationMail.render(email, language, baseUrl, tokens,
            subscription.getConfirmExpiresAt(), settings.zone()), now);
        confirmationQueued();
        return null;
    }

    /**
     * Queues a new confirmation mail for a pending subscription (an administrator's resend): new links, the old ones
     * stop working.
     *
     * @param em the entity manager of the caller's transaction.
     * @param subscription a pending subscription of that entity manager.
     * @param now the time.
     */
    void mailConfirmation(EntityManager em, Subscription subscription, Instant now) {
        Subscription.Tokens tokens = subscription.reissueConfirmation(now,
            settings.duration(TOKEN_LIFETIME, DEFAULT_LIFETIME));
        em.flush();
        OutboxMail.enqueue(em, ConfirmationMail.render(subscription.getEmail(), subscription.getLocale(), baseUrl(),
            tokens, subscription.getConfirmExpiresAt(), settings.zone()), now);
        confirmationQueued();
    }

    private void confirmationQueued() {
        if (mailQueued != null) {
            mailQueued.fire(MailQueued.EVENT);
        }
    }

    private <T> T retrying(Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.inNewTransaction(work);
            }
            catch (RuntimeException e) {
                // A unique address or a version broken by a concurrent request: the next attempt reads its outcome.
                if (attempt == ATTEMPTS || e instanceof SignUpException || DatabaseFailures.isUnreachable(e)) {
                    throw e;
                }
                LOGGER.log(Level.DEBUG, RETRY, attempt, e);
            }
        }
    }

    private static void deleteUnsent(EntityManager em, List<String> recipients) {
        if (!recipients.isEmpty()) {
            em.createNamedQuery(OutboxMail.DELETE_UNSENT_TO).setParameter("recipients", recipients)
                .setParameter("pending", OutboxStatus.PENDING).executeUpdate();
        }
    }

    /**
     * What a portal must give before anyone can sign up: {@value #BASE_URL} for the links of the mails and
     * {@value JakartaMailSender#FROM} for their sender (the mail transport has defaults).
     *
     * @return the names of the settings that are missing, in that order; empty when the newsletter is open.
     */
    @Transactional(TxType.SUPPORTS)
    public List<String> missingSettings() {
        List<String> missing = new ArrayList<>(2);
        for (String name : List.of(BASE_URL, JakartaMailSender.FROM)) {
            if (settings.get(name).filter(value -> !value.isBlank()).isEmpty()) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** @return whether every setting the newsletter needs is given, so that people can sign up. */
    @Transactional(TxType.SUPPORTS)
    public boolean isOpen() {
        return missingSettings().isEmpty();
    }

    private String baseUrl() {
        return baseUrl(settings);
    }

    /**
     * @param settings the settings.
     * @return {@value #BASE_URL} without a trailing slash.
     * @throws IllegalStateException when it is not set.
     */
    static String baseUrl(Settings settings) {
        String url = settings.get(BASE_URL).orElseThrow(() -> new IllegalStateException(NO_BASE_URL));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static SignUpOutcome dropped(String why) {
        LOGGER.log(Level.DEBUG, DROPPED, why);
        return SignUpOutcome.CHECK_YOUR_INBOX;
    }

    // Public-sector pages (issue 12): the personal-data page states these durations.

    /**
     * @param settings the settings.
     * @return how long an unconfirmed sign-up is kept: {@value #TOKEN_LIFETIME}, seven days unless set.
     * @since 0.3
     */
    public static Duration tokenLifetime(Settings settings) {
        return settings.duration(TOKEN_LIFETIME, DEFAULT_LIFETIME);
    }

    /**
     * @param settings the settings.
     * @return how long sent mails stay in the outbox: {@value #OUTBOX_RETENTION}, thirty days unless set.
     * @since 0.3
     */
    public static Duration outboxRetention(Settings settings) {
        return settings.duration(OUTBOX_RETENTION, DEFAULT_OUTBOX_RETENTION);
    }
}
