package org.ruralitic.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralitic.common.Fixture.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralitic.common.Fixture;

/**
 * The outbox on one database and provider, against a real SMTP server: leases, retries, no mail lost, none sent
 * twice. Run by {@code PersistenceSuite.Outbox} on every database and provider. Each test starts with an empty
 * outbox.
 */
public abstract class OutboxSuite {

    private final Fixture fixture;
    private Smtp smtp;

    protected OutboxSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    @BeforeEach
    void emptyOutbox() {
        fixture.inTransaction(services -> services.entityManager().createQuery("DELETE FROM OutboxMail m")
            .executeUpdate());
        smtp = new Smtp();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    private void enqueue(String... recipients) {
        fixture.inTransaction(services -> {
            for (String recipient : recipients) {
                OutboxMail.enqueue(services.entityManager(), new OutgoingMail(recipient, "Sujet", "Texte",
                    "<p>Texte</p>", Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")), NOW);
            }
            return null;
        });
    }

    private OutboxMail row(String recipient) {
        return fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT m FROM OutboxMail m WHERE m.recipient = :recipient", OutboxMail.class)
            .setParameter("recipient", recipient).getSingleResult());
    }

    private static List<String> recipients(MimeMessage[] messages) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : messages) {
            for (Address address : message.getAllRecipients()) {
                recipients.add(address.toString());
            }
        }
        return recipients;
    }

    @Test
    void twoServersDispatchingAtOnceSendEveryMailExactlyOnce() throws Exception {
        String[] recipients = new String[12];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = "once" + i + "@example.fr";
        }
        enqueue(recipients);
        smtp.start();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        int sent = 0;
        try {
            List<Callable<Integer>> dispatches = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                OutboxDispatcher dispatcher = fixture.dispatcher(smtp.port());
                dispatches.add(() -> {
                    start.await();
                    return dispatcher.dispatchDue(NOW);
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> dispatch : dispatches) {
                results.add(servers.submit(dispatch));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                sent += result.get();
            }
        }
        finally {
            servers.shutdownNow();
        }
        assertThat(sent).isEqualTo(recipients.length);
        assertThat(recipients(smtp.start().getReceivedMessages())).containsExactlyInAnyOrder(recipients);
        for (String recipient : recipients) {
            OutboxMail row = row(recipient);
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getSentAt()).isEqualTo(NOW);
        }
    }

    @Test
    void aMailSurvivesAnSmtpOutageAndIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        enqueue("patient@example.fr");
        OutboxDispatcher dispatcher = fixture.dispatcher(smtp.port());

        assertThat(dispatcher.dispatchDue(NOW)).isZero();
        OutboxMail waiting = row("patient@example.fr");
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(NOW.plus(OutboxDispatcher.FIRST_DELAY));
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getClaimedUntil()).isNull();

        assertThat(dispatcher.dispatchDue(NOW.plusSeconds(30))).isZero();
        assertThat(row("patient@example.fr").getAttempts()).isEqualTo(1); // not due yet: not tried

        smtp.start();
        Instant back = NOW.plus(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue(back)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue(back.plus(Duration.ofMinutes(10)))).isZero();
        assertThat(recipients(smtp.start().getReceivedMessages())).containsExactly("patient@example.fr");
        OutboxMail sent = row("patient@example.fr");
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getSentAt()).isEqualTo(back);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void aMailThatKeepsFailingBacksOffThenEndsFailedAndIsKept() {
        enqueue("unreachable@example.fr");
        OutboxDispatcher dispatcher = fixture.dispatcher(smtp.port());
        List<Duration> delays = new ArrayList<>();
        Instant now = NOW;
        for (int attempt = 1; attempt <= OutboxDispatcher.MAX_ATTEMPTS + 3; attempt++) {
            dispatcher.dispatchDue(now);
            Instant next = row("unreachable@example.fr").getNextAttemptAt();
            delays.add(Duration.between(now, next));
            now = next.isAfter(now) ? next : now.plus(OutboxDispatcher.LONGEST_DELAY);
        }
        OutboxMail failed = row("unreachable@example.fr");
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(OutboxDispatcher.MAX_ATTEMPTS);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(delays.subList(0, 4)).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(4), Duration.ofMinutes(8));
        assertThat(delays).allMatch(delay -> delay.compareTo(OutboxDispatcher.LONGEST_DELAY) <= 0);
    }
}
