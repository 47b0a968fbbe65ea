package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ruralitic.common.Fixture;
import org.ruralitic.guard.StampCheck;

/**
 * The anti-abuse checks of sign-ups on one database and provider: a tripped check answers as a success and leaves
 * nothing in the database. Run by {@code PersistenceSuite.SignUpGuard} on every database and provider.
 */
public abstract class SignUpGuardSuite {

    private final Fixture fixture;
    private final Newsletters newsletters;

    protected SignUpGuardSuite(Fixture fixture) {
        this.fixture = fixture;
        this.newsletters = new Newsletters(fixture);
    }

    private SignUpOutcome submit(Instant at, SignUp signUp) {
        return fixture.inTransaction(clockAt(at), services -> services.newsletter().subscribe(signUp));
    }

    private String stampAt(Instant shown) {
        return fixture.inTransaction(clockAt(shown), services -> services.stamps().issue(shown));
    }

    private void assertNothingStoredFor(String email) {
        assertThat(newsletters.subscription(email)).isEmpty();
        assertThat(newsletters.outbox(email)).isEmpty();
    }

    @Test
    void aHumanFormWithAValidStampAnEmptyHoneypotAndAFreshClientSignsUp() {
        String stamp = stampAt(NOW.minusSeconds(20));
        SignUp signUp = SignUp.of("human@example.fr", true, Locale.FRENCH, "/ruralitic/").withFormStamp(stamp)
            .withHoneypot("").fromClient("human-client");
        assertThat(submit(NOW, signUp)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(newsletters.subscription("human@example.fr")).isPresent();
        assertThat(newsletters.outbox("human@example.fr")).hasSize(1);
    }

    @Test
    void honeypotFilledIsSilentlyDropped() {
        SignUp signUp = SignUp.of("bot1@example.fr", true, Locale.FRENCH, "/ruralitic/")
            .withFormStamp(stampAt(NOW.minusSeconds(20))).withHoneypot("https://spam.example");
        assertThat(submit(NOW, signUp)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertNothingStoredFor("bot1@example.fr");
    }

    @Test
    void aFormSubmittedTooFastIsSilentlyDropped() {
        SignUp signUp = SignUp.of("bot2@example.fr", true, Locale.FRENCH, "/ruralitic/")
            .withFormStamp(stampAt(NOW.minusSeconds(1)));
        assertThat(submit(NOW, signUp)).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertNothingStoredFor("bot2@example.fr");
    }

    @Test
    void aReplayedOrForgedStampIsSilentlyDropped() {
        String old = stampAt(NOW.minus(Duration.ofHours(3)));
        assertThat(submit(NOW, SignUp.of("bot3@example.fr", true, Locale.FRENCH, null).withFormStamp(old)))
            .isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        String forged = stampAt(NOW.minusSeconds(30)).replaceFirst("^\\d+", Long.toString(NOW.minusSeconds(60).toEpochMilli()));
        assertThat(submit(NOW, SignUp.of("bot3@example.fr", true, Locale.FRENCH, null).withFormStamp(forged)))
            .isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(submit(NOW, SignUp.of("bot3@example.fr", true, Locale.FRENCH, null).withFormStamp(null)))
            .isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertNothingStoredFor("bot3@example.fr");
    }

    @Test
    void stampsAreSignedWithOneSecretSharedByEveryServer() {
        String stamp = stampAt(NOW.minusSeconds(10));
        // Another "server": other service instances, no key in memory, reading the same database.
        assertThat(fixture.<StampCheck>inTransaction(services -> services.stamps().check(stamp, NOW)))
            .isEqualTo(StampCheck.VALID);
        assertThat(fixture.<StampCheck>inTransaction(services -> services.stamps().check(stamp,
            NOW.minusSeconds(8)))).isEqualTo(StampCheck.TOO_FAST);
        assertThat(fixture.<StampCheck>inTransaction(services -> services.stamps().check(stamp,
            NOW.plus(Duration.ofHours(3))))).isEqualTo(StampCheck.TOO_OLD);
        assertThat(fixture.<StampCheck>inTransaction(services -> services.stamps().check(stamp + "x", NOW)))
            .isEqualTo(StampCheck.FORGED);
        long secrets = fixture.inTransaction(services -> services.entityManager()
            .createQuery("SELECT COUNT(s) FROM Secret s WHERE s.name = 'form-stamp'", Long.class).getSingleResult());
        assertThat(secrets).isEqualTo(1);
    }

    @Test
    void aClientOverItsRateLimitIsSilentlyDroppedOnEveryServer() {
        String client = fixture.inTransaction(services -> services.limiter().clientKey("203.0.113.7"));
        assertThat(client).doesNotContain("203.0.113.7");
        for (int i = 1; i <= 5; i++) {
            // Each sign-up through new service instances, as if on another server.
            submit(NOW.plusSeconds(i), SignUp.of("burst" + i + "@example.fr", true, Locale.FRENCH, null)
                .fromClient(client));
        }
        assertThat(submit(NOW.plusSeconds(6), SignUp.of("burst6@example.fr", true, Locale.FRENCH, null)
            .fromClient(client))).isEqualTo(SignUpOutcome.CHECK_YOUR_INBOX);
        assertThat(newsletters.subscription("burst5@example.fr")).isPresent();
        assertNothingStoredFor("burst6@example.fr");

        Instant nextWindow = NOW.plus(Duration.ofMinutes(11));
        submit(nextWindow, SignUp.of("burst7@example.fr", true, Locale.FRENCH, null).fromClient(client));
        assertThat(newsletters.subscription("burst7@example.fr")).isPresent();
        String keys = fixture.inTransaction(services -> services.entityManager()
            .createQuery("SELECT w.clientKey FROM RateLimitWindow w WHERE w.clientKey = :key", String.class)
            .setParameter("key", client).getSingleResult());
        assertThat(keys).isEqualTo(client);
    }

    @Test
    void endedRateLimitWindowsArePurged() {
        Clock at = clockAt(NOW.minus(Duration.ofDays(2)));
        fixture.inTransaction(at, services -> services.limiter().tryHit("old-client", at.instant()));
        fixture.inTransaction(services -> services.newsletter().purgeExpired(NOW));
        long left = fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT COUNT(w) FROM RateLimitWindow w WHERE w.clientKey = 'old-client'", Long.class).getSingleResult());
        assertThat(left).isZero();
    }
}
