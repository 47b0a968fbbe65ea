package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.SecureTokens;
import org.ruralitic.mail.OutboxMail;

/**
 * The newsletter on one database and provider: what sign-ups, links, erasure, export and purge leave in the
 * database. Run by {@code PersistenceSuite.Newsletter} on every database and provider. Each test uses addresses of
 * its own, as the database is shared by the suite.
 */
public abstract class NewsletterSuite {

    private static final Clock AT_NOW = clockAt(NOW);

    private final Fixture fixture;
    private final Newsletters newsletters;

    protected NewsletterSuite(Fixture fixture) {
        this.fixture = fixture;
        this.newsletters = new Newsletters(fixture);
    }

    @Test
    void aSignUpIsKeptPendingWithItsConsentProofAndOneMailInTheOutbox() {
        SignUpOutcome outcome = fixture.inTransaction(services -> services.newsletter()
            .subscribe("  Jeanne.Martin@Example.FR ", true, Locale.ENGLISH, "/ruralitic/actualites"));
        assertThat(outcome).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        Subscription subscription = newsletters.subscription("jeanne.martin@example.fr").orElseThrow();
        assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.PENDING);
        assertThat(subscription.getLocale()).isEqualTo("en");
        assertThat(subscription.getConsentVersion()).isEqualTo(NewsletterService.DEFAULT_CONSENT_VERSION);
        assertThat(subscription.getSourcePage()).isEqualTo("/ruralitic/actualites");
        assertThat(subscription.getSubscribedAt()).isEqualTo(NOW);
        assertThat(subscription.getConfirmedAt()).isNull();
        assertThat(subscription.getConfirmExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        List<OutboxMail> mails = newsletters.outbox("jeanne.martin@example.fr");
        assertThat(mails).hasSize(1);
        String token = newsletters.confirmToken("jeanne.martin@example.fr");
        Object[] stored = fixture.inTransaction(services -> (Object[]) services.entityManager().createNativeQuery(
            "SELECT confirm_token_hash, unsubscribe_token_hash FROM rt_subscription WHERE email = ?")
            .setParameter(1, "jeanne.martin@example.fr").getSingleResult());
        assertThat(token).hasSizeGreaterThanOrEqualTo(22); // at least 128 bits in Base64
        assertThat(stored[0]).isEqualTo(SecureTokens.hash(token)).isNotEqualTo(token);
        assertThat(stored[1]).isEqualTo(SecureTokens.hash(newsletters.unsubscribeToken("jeanne.martin@example.fr")));
    }

    @Test
    void concurrentSignUpsOfOneAddressMakeOneRowAndOneMail() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<SignUpOutcome>> signUps = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                signUps.add(() -> newsletters.subscribe(AT_NOW, "rush@example.fr"));
            }
            List<SignUpOutcome> outcomes = new ArrayList<>();
            for (Future<SignUpOutcome> outcome : pool.invokeAll(signUps)) {
                outcomes.add(outcome.get()); // rethrows what a caller would have seen
            }
            assertThat(outcomes).hasSize(threads).containsOnly(SignUpOutcome.CHECK_YOUR_INBOX);
        }
        finally {
            pool.shutdownNow();
        }
        long rows = fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT COUNT(s) FROM Subscription s WHERE s.email = 'rush@example.fr'", Long.class).getSingleResult());
        assertThat(rows).isEqualTo(1);
        assertThat(newsletters.outbox("rush@example.fr")).hasSize(1);
    }

    @Test
    void everyStateOfAnAddressGetsTheSameOutcomeAndAConfirmedOneNoSecondMail() {
        String email = "state@example.fr";
        assertThat(newsletters.subscribe(AT_NOW, email)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(newsletters.subscribe(AT_NOW, email)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(newsletters.outbox(email)).hasSize(1);
        String first = newsletters.confirmToken(email);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(first)))
            .isEqualTo(ConfirmOutcome.CONFIRMED);

        Clock later = clockAt(NOW.plus(Duration.ofDays(1)));
        assertThat(newsletters.subscribe(later, email)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(newsletters.outbox(email)).hasSize(1);
        assertThat(newsletters.subscription(email).orElseThrow().getStatus()).isEqualTo(SubscriptionStatus.CONFIRMED);

        String unsubscribe = newsletters.unsubscribeToken(email);
        fixture.inTransaction(later, services -> services.newsletter().unsubscribe(unsubscribe));
        assertThat(newsletters.subscribe(later, email)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        // Unsubscribing dropped the unsent first mail; signing up again mails a new link.
        assertThat(newsletters.outbox(email)).extracting(OutboxMail::getCreatedAt).containsExactly(later.instant());
        assertThat(newsletters.confirmToken(email)).isNotEqualTo(first);
        assertThat(newsletters.subscription(email).orElseThrow().getStatus()).isEqualTo(SubscriptionStatus.PENDING);
    }

    @Test
    void aPendingAddressGetsAFreshLinkOnlyAfterTheResendIntervalAndTheOldLinkStops() {
        String email = "again@example.fr";
        newsletters.subscribe(AT_NOW, email);
        String first = newsletters.confirmToken(email);
        newsletters.subscribe(clockAt(NOW.plus(Duration.ofMinutes(14))), email);
        assertThat(newsletters.outbox(email)).hasSize(1);
        newsletters.subscribe(clockAt(NOW.plus(Duration.ofMinutes(15))), email);
        assertThat(newsletters.outbox(email)).hasSize(2);
        String second = newsletters.confirmToken(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(first)))
            .isEqualTo(ConfirmOutcome.UNKNOWN);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(second)))
            .isEqualTo(ConfirmOutcome.CONFIRMED);
    }

    @Test
    void aPendingAddressGetsAtMostFiveMailsBeforeItsLinkExpires() {
        String email = "many@example.fr";
        for (int i = 0; i < 8; i++) {
            newsletters.subscribe(clockAt(NOW.plus(Duration.ofHours(i))), email);
        }
        assertThat(newsletters.outbox(email)).hasSize(NewsletterService.MAX_CONFIRMATION_MAILS);
    }

    @Test
    void aConfirmationLinkWorksOnceThenSaysAlreadyUsed() {
        String email = "once@example.fr";
        newsletters.subscribe(AT_NOW, email);
        String token = newsletters.confirmToken(email);
        Clock tomorrow = clockAt(NOW.plus(Duration.ofDays(1)));
        assertThat(fixture.<ConfirmOutcome>inTransaction(tomorrow, services -> services.newsletter().confirm(token)))
            .isEqualTo(ConfirmOutcome.CONFIRMED);
        assertThat(fixture.<ConfirmOutcome>inTransaction(tomorrow, services -> services.newsletter().confirm(token)))
            .isEqualTo(ConfirmOutcome.ALREADY_USED);
        Subscription subscription = newsletters.subscription(email).orElseThrow();
        assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.CONFIRMED);
        assertThat(subscription.getConfirmedAt()).isEqualTo(tomorrow.instant());
        assertThat(subscription.getSubscribedAt()).isEqualTo(NOW);
    }

    @Test
    void anUnknownOrMangledLinkSaysUnknown() {
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter()
            .confirm(SecureTokens.random()))).isEqualTo(ConfirmOutcome.UNKNOWN);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(null)))
            .isEqualTo(ConfirmOutcome.UNKNOWN);
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(services -> services.newsletter().unsubscribe("x")))
            .isEqualTo(UnsubscribeOutcome.UNKNOWN);
    }

    @Test
    void anExpiredLinkSaysExpiredAndConfirmsNothing() {
        String email = "late@example.fr";
        newsletters.subscribe(AT_NOW, email);
        String token = newsletters.confirmToken(email);
        Clock eightDaysLater = clockAt(NOW.plus(Duration.ofDays(8)));
        assertThat(fixture.<ConfirmOutcome>inTransaction(eightDaysLater, services -> services.newsletter()
            .confirm(token))).isEqualTo(ConfirmOutcome.EXPIRED);
        assertThat(newsletters.subscription(email).orElseThrow().getStatus()).isEqualTo(SubscriptionStatus.PENDING);
    }

    @Test
    void expiredSignUpsArePurgedWithTheirUnsentMailsWhileConfirmedOnesStay() {
        Clock longAgo = clockAt(NOW.minus(Duration.ofDays(30)));
        newsletters.subscribe(longAgo, "forgotten@example.fr");
        newsletters.subscribe(longAgo, "kept@example.fr");
        fixture.inTransaction(longAgo, services -> services.newsletter()
            .confirm(newsletters.confirmToken("kept@example.fr")));
        newsletters.subscribe(AT_NOW, "fresh@example.fr");

        int purged = fixture.inTransaction(services -> services.newsletter().purgeExpired(NOW));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(newsletters.subscription("forgotten@example.fr")).isEmpty();
        assertThat(newsletters.outbox("forgotten@example.fr")).isEmpty();
        assertThat(newsletters.subscription("kept@example.fr").orElseThrow().getStatus())
            .isEqualTo(SubscriptionStatus.CONFIRMED);
        assertThat(newsletters.subscription("fresh@example.fr")).isPresent();
        assertThat(newsletters.outbox("fresh@example.fr")).hasSize(1);
    }

    @Test
    void sentMailsLeaveTheOutboxAfterItsRetentionTime() {
        newsletters.subscribe(clockAt(NOW.minus(Duration.ofDays(31))), "sent.long.ago@example.fr");
        newsletters.subscribe(clockAt(NOW.minus(Duration.ofDays(29))), "sent.lately@example.fr");
        newsletters.subscribe(AT_NOW, "not.sent.yet@example.fr");
        for (String email : List.of("sent.long.ago@example.fr", "sent.lately@example.fr")) {
            long id = newsletters.outbox(email).get(0).getId();
            fixture.inTransaction(services -> {
                services.entityManager().find(OutboxMail.class, id).sent(NOW.minus(Duration.ofDays(29)));
                return null;
            });
        }

        fixture.inTransaction(services -> services.newsletter().purgeExpired(NOW));

        assertThat(newsletters.outbox("sent.long.ago@example.fr")).isEmpty();
        assertThat(newsletters.outbox("sent.lately@example.fr")).hasSize(1);
        assertThat(newsletters.outbox("not.sent.yet@example.fr")).hasSize(1);
    }

    @Test
    void erasingAnAddressDeletesItsRowAndEveryMailToIt() {
        String email = "erase.me@example.fr";
        newsletters.subscribe(AT_NOW, email);
        assertThat(fixture.<Boolean>inTransaction(services -> services.newsletter().erase("other@example.fr")))
            .isFalse();
        assertThat(fixture.<Boolean>inTransaction(services -> services.newsletter().erase(" Erase.Me@EXAMPLE.fr")))
            .isTrue();
        assertThat(newsletters.subscription(email)).isEmpty();
        assertThat(newsletters.outbox(email)).isEmpty();
    }

    @Test
    void theExportListsConfirmedSubscribersOnlyQuotedAsRfc4180() {
        fixture.inTransaction(services -> services.newsletter()
            .subscribe("export@example.fr", true, Locale.FRENCH, "/ruralitic/?q=a,b \"c\""));
        Clock tomorrow = clockAt(NOW.plus(Duration.ofDays(1)));
        fixture.inTransaction(tomorrow, services -> services.newsletter()
            .confirm(newsletters.confirmToken("export@example.fr")));
        newsletters.subscribe(AT_NOW, "not.yet@example.fr");

        StringWriter csv = new StringWriter();
        int written = fixture.inTransaction(services -> services.newsletter().exportConfirmed(csv));

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(written + 1);
        assertThat(lines[0]).isEqualTo("email,locale,subscribed_at,confirmed_at,consent_version,source_page");
        assertThat(lines).contains("export@example.fr,fr,2026-11-28T12:00:00Z,2026-11-29T12:00:00Z,2026-11,"
            + "\"/ruralitic/?q=a,b \"\"c\"\"\"");
        assertThat(csv.toString()).doesNotContain("not.yet@example.fr");
    }

    @Test
    void unsubscribingTwiceIsHarmlessAndSaysTheSame() {
        String email = "leaving@example.fr";
        newsletters.subscribe(AT_NOW, email);
        fixture.inTransaction(services -> services.newsletter().confirm(newsletters.confirmToken(email)));
        String token = newsletters.unsubscribeToken(email);
        Clock later = clockAt(NOW.plus(Duration.ofDays(40)));
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(later, services -> services.newsletter()
            .unsubscribe(token))).isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        assertThat(fixture.<UnsubscribeOutcome>inTransaction(clockAt(later.instant().plusSeconds(60)),
            services -> services.newsletter().unsubscribe(token)))
            .isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        Subscription subscription = newsletters.subscription(email).orElseThrow();
        assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(subscription.getUnsubscribedAt()).isEqualTo(later.instant());
    }

    @Test
    void badInputIsRefusedWithAMessageKeyAndNothingIsStored() {
        assertThatThrownBy(() -> newsletters.subscribe(AT_NOW, "jeanne.example.fr"))
            .isInstanceOf(SignUpException.class).extracting("key").isEqualTo(SignUpException.EMAIL_INVALID);
        assertThatThrownBy(() -> newsletters.subscribe(AT_NOW, "  "))
            .isInstanceOf(SignUpException.class).extracting("key").isEqualTo(SignUpException.EMAIL_REQUIRED);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.newsletter()
            .subscribe("no.consent@example.fr", false, Locale.FRENCH, null)))
            .isInstanceOf(SignUpException.class).extracting("key").isEqualTo(SignUpException.CONSENT_REQUIRED);
        assertThat(newsletters.subscription("no.consent@example.fr")).isEmpty();
        assertThat(newsletters.outbox("no.consent@example.fr")).isEmpty();
    }
}
