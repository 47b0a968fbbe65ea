package org.ruralitic.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Transactions;

/**
 * Sends the due mails of the outbox: claims each with a lease, sends it with no transaction open, records the
 * outcome. Several servers may dispatch at once: a row is claimed by one update that only one of them wins, so no
 * mail is sent twice while its lease holds ({@value #LEASE_TEXT}, far longer than the mail library's time-outs).
 * <p>
 * A failed attempt is retried after {@value #FIRST_DELAY_TEXT}, then twice as long each time, at most
 * {@value #LONGEST_DELAY_TEXT}; after {@value #MAX_ATTEMPTS} attempts (about three days) the mail is
 * {@link OutboxStatus#FAILED}, kept with its last error. Plain Java: {@link OutboxSchedule} calls it every few
 * seconds in the container; a test or a script calls it with any "now".
 *
 * <h2>Usage</h2>
 * <pre>
 * int sent = new OutboxDispatcher(transactions, new JakartaMailSender(settings)).dispatchDue(Instant.now());
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
public class OutboxDispatcher {

    /** Attempts before a mail is given up. */
    public static final int MAX_ATTEMPTS = 20;

    /** How long a claim holds. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** The delay after the first failure. */
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    /** The longest delay between two attempts. */
    public static final Duration LONGEST_DELAY = Duration.ofHours(6);

    /** Most mails claimed by one call. */
    public static final int BATCH = 50;

    static final String LEASE_TEXT = "2 minutes";
    static final String FIRST_DELAY_TEXT = "1 minute";
    static final String LONGEST_DELAY_TEXT = "6 hours";

    private static final Logger LOGGER = System.getLogger(OutboxDispatcher.class.getName());
    private static final String RETRY = "RuraliTIC outbox: mail {0} not sent (attempt {1}), next attempt at {2}: {3}";
    private static final String GIVEN_UP = "RuraliTIC outbox: mail {0} given up after {1} attempts: {2}";
    private static final String LEASE_LOST = "RuraliTIC outbox: mail {0} failed after its lease ran out: {1}";

    @Inject
    Transactions transactions;

    @Inject
    MailSender sender;

    /** For CDI. */
    protected OutboxDispatcher() {
    }

    /**
     * @param transactions the transactions of each step.
     * @param sender the mail sender.
     */
    public OutboxDispatcher(Transactions transactions, MailSender sender) {
        this.transactions = transactions;
        this.sender = sender;
    }

    /**
     * Sends the mails due at {@code now}, at most {@value #BATCH}.
     *
     * @param now the time.
     * @return how many mails were sent.
     */
    public int dispatchDue(Instant now) {
        List<Long> due = transactions.inNewTransaction(entityManager -> entityManager
            .createNamedQuery(OutboxMail.DUE, Long.class).setParameter("pending", OutboxStatus.PENDING)
            .setParameter("now", now).setMaxResults(BATCH).getResultList());
        int sent = 0;
        for (Long id : due) {
            String claimer = SecureTokens.random();
            Optional<OutgoingMail> mail = claim(id, claimer, now);
            if (mail.isPresent()) {
                sent += send(id, claimer, mail.get(), now) ? 1 : 0;
            }
        }
        return sent;
    }

    private Optional<OutgoingMail> claim(Long id, String claimer, Instant now) {
        return transactions.inNewTransaction(entityManager -> {
            int claimed = entityManager.createNamedQuery(OutboxMail.CLAIM).setParameter("id", id)
                .setParameter("now", now).setParameter("until", now.plus(LEASE)).setParameter("claimer", claimer)
                .setParameter("pending", OutboxStatus.PENDING).executeUpdate();
            // Zero rows: another server claimed it first, or it is no longer due.
            return claimed == 1 ? Optional.of(entityManager.find(OutboxMail.class, id).toOutgoingMail())
                : Optional.empty();
        });
    }

    private boolean send(Long id, String claimer, OutgoingMail mail, Instant now) {
        try {
            sender.send(mail);
        }
        catch (MailException | RuntimeException e) {
            recordFailure(id, claimer, e, now);
            return false;
        }
        transactions.inNewTransaction(entityManager -> {
            OutboxMail row = entityManager.find(OutboxMail.class, id);
            if (row != null) {
                row.sent(now);
            }
            return row;
        });
        return true;
    }

    private void recordFailure(Long id, String claimer, Exception failure, Instant now) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage()
            + (failure.getCause() == null ? "" : " (" + failure.getCause().getMessage() + ")");
        transactions.inNewTransaction(entityManager -> {
            OutboxMail row = entityManager.find(OutboxMail.class, id);
            if (row == null) {
                return null; // erased meanwhile
            }
            Instant next = now.plus(OutboxMail.backoff(row.getAttempts(), FIRST_DELAY, LONGEST_DELAY));
            if (!row.failed(claimer, error, next, MAX_ATTEMPTS)) {
                LOGGER.log(Level.WARNING, LEASE_LOST, String.valueOf(id), error);
            }
            else if (row.getStatus() == OutboxStatus.FAILED) {
                LOGGER.log(Level.ERROR, GIVEN_UP, String.valueOf(id), row.getAttempts(), error);
            }
            else {
                LOGGER.log(Level.WARNING, RETRY, String.valueOf(id), row.getAttempts(), next.toString(), error);
            }
            return row;
        });
    }
}
