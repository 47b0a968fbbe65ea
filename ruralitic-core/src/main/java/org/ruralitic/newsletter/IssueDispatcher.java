package org.ruralitic.newsletter;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Settings;
import org.ruralitic.common.Transactions;
import org.ruralitic.guard.Secrets;
import org.ruralitic.mail.MailException;
import org.ruralitic.mail.MailSender;
import org.ruralitic.mail.OutboxDispatcher;
import org.ruralitic.mail.OutboxMail;

/**
 * Sends the deliveries of newsletter issues, on every server at once if need be:
 * <ol>
 * <li>a batch of deliveries is claimed by one update, each row won by one server only, which marks them
 * {@code SENDING}; the rows this server won are read back;</li>
 * <li>just before its mail leaves, each row's status is read again: an address that unsubscribed (or bounced) since
 * has had its row skipped in that transaction, and gets nothing;</li>
 * <li>the mail goes to SMTP with no transaction open, over one connection for the whole batch;</li>
 * <li>the delivery is marked {@code SENT} in its own transaction as soon as the server accepted it, so a crash
 * loses at most the mark of the mail in flight (which is then sent again once its claim of {@value #LEASE_TEXT} runs
 * out: nothing is skipped, and at most that one mail is sent twice).</li>
 * </ol>
 * A failure puts the delivery back with the outbox's growing delay and stops the run (the server is likely down: the
 * rest of the batch is released unattempted rather than burn its attempts); a batch still going after half the
 * claim's time releases the rest too; after {@value OutboxDispatcher#MAX_ATTEMPTS} attempts it is given up.
 * Throttled by {@value #RATE} mails per minute, counted over every server. Plain Java, as {@link OutboxDispatcher}.
 *
 * @since 0.3
 */
@ApplicationScoped
public class IssueDispatcher {

    /** Mails per minute over every server, {@code 0} for no limit (default {@value #DEFAULT_RATE}). */
    public static final String RATE = "newsletter.send.rate";

    /** The {@code List-Id} of the mails (default: the list's name and {@code newsletter.<portal's host>}). */
    public static final String LIST_ID = "newsletter.list.id";

    /** Mails per minute unless {@value #RATE} says otherwise. */
    public static final int DEFAULT_RATE = 600;

    /** How long a claim holds: far longer than the mail library's time-outs. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** Most deliveries one call sends. */
    public static final int BATCH = 200;

    static final String LEASE_TEXT = "2 minutes";

    private static final Logger LOGGER = System.getLogger(IssueDispatcher.class.getName());
    private static final String RETRY = "RuraliTIC newsletter: issue {0} to subscription {1} not sent (attempt {2}),"
        + " next attempt at {3}: {4}";
    private static final String GIVEN_UP = "RuraliTIC newsletter: issue {0} to subscription {1} given up after {2}"
        + " attempts: {3}";
    private static final String RECOVERED = "RuraliTIC newsletter: {0} delivery(ies) whose server stopped mid-send"
        + " put back to send";

    @Inject
    Transactions transactions;

    @Inject
    MailSender sender;

    @Inject
    Settings settings;

    @Inject
    Secrets secrets;

    private final Map<Long, Frozen> issues = new ConcurrentHashMap<>();

    /** For CDI. */
    protected IssueDispatcher() {
    }

    /**
     * @param transactions the transactions of each step.
     * @param sender the mail sender.
     * @param settings the portal's address, the rate and the list's identifier.
     * @param secrets the key of the unsubscribe links.
     */
    public IssueDispatcher(Transactions transactions, MailSender sender, Settings settings, Secrets secrets) {
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.secrets = secrets;
    }

    /**
     * Sends the deliveries due at {@code now}, at most {@value #BATCH} and what the rate allows, then marks the issues
     * whose deliveries are all done as sent.
     *
     * @param now the time.
     * @return how many mails were sent.
     */
    public int dispatchDue(Instant now) {
        if (settings.get(NewsletterService.BASE_URL).filter(value -> !value.isBlank()).isEmpty()) {
            return 0; // the newsletter is not set up on this server: nobody signed up through it, nothing to send
        }
        int recovered = transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.RECOVER)
            .setParameter("pending", DeliveryStatus.PENDING).setParameter("sending", DeliveryStatus.SENDING)
            .setParameter("now", now).executeUpdate());
        if (recovered > 0) {
            LOGGER.log(Level.WARNING, RECOVERED, recovered);
        }
        int allowed = allowance(now);
        int sent = 0;
        if (allowed > 0) {
            List<Object[]> due = transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.DUE, Object[].class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(Math.min(BATCH, allowed))
                .getResultList());
            if (!due.isEmpty()) {
                sent = send(due, now);
            }
        }
        finishDone(now);
        return sent;
    }

    private int send(List<Object[]> due, Instant now) {
        Map<Long, List<Long>> byIssue = new LinkedHashMap<>();
        for (Object[] key : due) {
            byIssue.computeIfAbsent(((Number) key[0]).longValue(), issue -> new ArrayList<>())
                .add(((Number) key[1]).longValue());
        }
        String claimer = SecureTokens.random();
        UnsubscribeLinks links = new UnsubscribeLinks(secrets);
        String baseUrl = NewsletterService.baseUrl(settings);
        String listId = listId(settings);
        long deadline = System.nanoTime() + LEASE.dividedBy(2).toNanos();
        int sent = 0;
        MailSender.Connection connection = null;
        try {
            for (Map.Entry<Long, List<Long>> batch : byIssue.entrySet()) {
                long issueId = batch.getKey();
                List<Object[]> claimed = claim(issueId, batch.getValue(), claimer, now);
                Frozen issue = claimed.isEmpty() ? null : issues.computeIfAbsent(issueId, this::frozen);
                // Released on every way out but a dying process's (an Error): its claim then runs out by itself.
                for (Object[] row : claimed) {
                    long subscriptionId = ((Number) row[0]).longValue();
                    if (System.nanoTime() > deadline) {
                        release(issueId, claimer); // well before the claim runs out
                        return sent;
                    }
                    if (!stillToSend(issueId, subscriptionId, claimer)) {
                        continue; // unsubscribed or bounced since the claim: nothing leaves for it
                    }
                    try {
                        if (connection == null) {
                            connection = sender.connect();
                        }
                        connection.send(IssueMail.mail(issue.subject(), issue.language(), issue.rendering(),
                            (String) row[1], links.url(baseUrl, subscriptionId),
                            messageId(issueId, subscriptionId, baseUrl), listId));
                    }
                    catch (MailException | RuntimeException e) {
                        failed(issueId, subscriptionId, claimer, ((Number) row[2]).intValue(), e, now);
                        release(issueId, claimer);
                        return sent;
                    }
                    transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.SENT)
                        .setParameter("sent", DeliveryStatus.SENT).setParameter("now", now)
                        .setParameter("issue", issueId).setParameter("subscription", subscriptionId)
                        .setParameter("claimer", claimer).setParameter("sending", DeliveryStatus.SENDING)
                        .executeUpdate());
                    sent++;
                }
            }
        }
        finally {
            if (connection != null) {
                connection.close();
            }
        }
        return sent;
    }

    /**
     * Claims the due deliveries of one issue in one update; answers those this server won, with the address of each
     * (subscription, address, attempts), read by primary key.
     */
    private List<Object[]> claim(long issueId, List<Long> subscriptions, String claimer, Instant now) {
        return transactions.inNewTransaction(em -> {
            int claimed = em.createNamedQuery(Delivery.CLAIM).setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("claimer", claimer).setParameter("until", now.plus(LEASE)).setParameter("issue", issueId)
                .setParameter("subscriptions", subscriptions).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now).executeUpdate();
            if (claimed == 0) {
                return List.<Object[]>of();
            }
            List<Object[]> won = em.createNamedQuery(Delivery.CLAIMED, Object[].class).setParameter("issue", issueId)
                .setParameter("claimer", claimer).setParameter("sending", DeliveryStatus.SENDING).getResultList();
            Map<Long, String> addresses = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT s.id, s.email FROM Subscription s WHERE s.id IN :ids"
                + " AND s.status = :confirmed AND s.bouncedAt IS NULL", Object[].class)
                .setParameter("ids", won.stream().map(row -> row[0]).toList())
                .setParameter("confirmed", SubscriptionStatus.CONFIRMED).getResultList()) {
                addresses.put(((Number) row[0]).longValue(), (String) row[1]);
            }
            List<Object[]> toSend = new ArrayList<>(won.size());
            List<Long> gone = new ArrayList<>();
            for (Object[] row : won) {
                long subscription = ((Number) row[0]).longValue();
                String address = addresses.get(subscription);
                if (address != null) {
                    toSend.add(new Object[] {row[0], address, row[1]});
                }
                else {
                    gone.add(subscription); // no longer confirmed, or erased: a row the skip did not reach
                }
            }
            if (!gone.isEmpty()) {
                em.createQuery("UPDATE Delivery d SET d.status = :skipped WHERE d.issueId = :issue"
                    + " AND d.claimedBy = :claimer AND d.subscriptionId IN :gone").setParameter("skipped",
                        DeliveryStatus.SKIPPED).setParameter("issue", issueId).setParameter("claimer", claimer)
                    .setParameter("gone", gone).executeUpdate();
            }
            return toSend;
        });
    }

    private boolean stillToSend(long issueId, long subscriptionId, String claimer) {
        return transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.STATUS, DeliveryStatus.class)
            .setParameter("issue", issueId).setParameter("subscription", subscriptionId)
            .setParameter("claimer", claimer).getResultStream().findFirst()
            .filter(status -> status == DeliveryStatus.SENDING).isPresent());
    }

    /** The claimed deliveries a run did not get to go back to wait for any server, as if never claimed. */
    private void release(long issueId, String claimer) {
        transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.RELEASE)
            .setParameter("pending", DeliveryStatus.PENDING).setParameter("issue", issueId)
            .setParameter("claimer", claimer).setParameter("sending", DeliveryStatus.SENDING).executeUpdate());
    }

    private void failed(long issueId, long subscriptionId, String claimer, int attempts, Exception failure,
        Instant now) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage()
            + (failure.getCause() == null ? "" : " (" + failure.getCause().getMessage() + ")");
        String kept = error.length() > OutboxMail.MAX_ERROR ? error.substring(0, OutboxMail.MAX_ERROR) : error;
        boolean givenUp = attempts >= OutboxDispatcher.MAX_ATTEMPTS;
        Instant next = now.plus(OutboxMail.backoff(attempts, OutboxDispatcher.FIRST_DELAY,
            OutboxDispatcher.LONGEST_DELAY));
        transactions.inNewTransaction(em -> (givenUp ? em.createNamedQuery(Delivery.GIVE_UP)
            .setParameter("failed", DeliveryStatus.FAILED) : em.createNamedQuery(Delivery.RETRY)
            .setParameter("pending", DeliveryStatus.PENDING).setParameter("next", next))
            .setParameter("error", kept).setParameter("issue", issueId).setParameter("subscription", subscriptionId)
            .setParameter("claimer", claimer).setParameter("sending", DeliveryStatus.SENDING).executeUpdate());
        if (givenUp) {
            LOGGER.log(Level.ERROR, GIVEN_UP, issueId, subscriptionId, attempts, error);
        }
        else {
            LOGGER.log(Level.WARNING, RETRY, issueId, subscriptionId, attempts, next.toString(), error);
        }
    }

    private int allowance(Instant now) {
        int rate = rate();
        if (rate <= 0) {
            return Integer.MAX_VALUE;
        }
        long lastMinute = transactions.inNewTransaction(em -> em.createNamedQuery(Delivery.SENT_SINCE, Long.class)
            .setParameter("since", now.minus(Duration.ofMinutes(1))).getSingleResult());
        return (int) Math.max(0, rate - lastMinute);
    }

    private int rate() {
        try {
            return settings.get(RATE).map(String::strip).map(Integer::parseInt).orElse(DEFAULT_RATE);
        }
        catch (NumberFormatException e) {
            return DEFAULT_RATE;
        }
    }

    private void finishDone(Instant now) {
        transactions.inNewTransaction(em -> {
            for (Long id : em.createNamedQuery(NewsletterIssue.SENDING, Long.class)
                .setParameter("sending", IssueStatus.SENDING).getResultList()) {
                long open = em.createNamedQuery(Delivery.OPEN, Long.class).setParameter("issue", id)
                    .setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING)).getSingleResult();
                if (open == 0) {
                    em.find(NewsletterIssue.class, id).finish(now);
                    issues.remove(id);
                }
            }
            return null;
        });
    }

    private Frozen frozen(long issueId) {
        return transactions.inNewTransaction(em -> {
            NewsletterIssue issue = em.find(NewsletterIssue.class, issueId);
            return new Frozen(issue.getSubject(), issue.getLanguage(), issue.rendering());
        });
    }

    /**
     * @param issueId the issue.
     * @param subscriptionId the recipient's subscription ({@code 0} for a test).
     * @param baseUrl the portal's address.
     * @return the {@code Message-ID} of that mail: a bounce that quotes it names the issue.
     */
    static String messageId(long issueId, long subscriptionId, String baseUrl) {
        return "<rt." + issueId + "." + subscriptionId + "." + SecureTokens.random().substring(0, 10) + "@"
            + host(baseUrl) + ">";
    }

    /**
     * @param settings the settings.
     * @return the {@code List-Id} header's value.
     */
    static String listId(Settings settings) {
        return settings.get(LIST_ID).filter(value -> !value.isBlank()).orElseGet(() -> {
            IssueMail.Look look = NewsletterIssues.look(settings, "fr");
            return "\"" + look.name().replace("\"", "'") + "\" <newsletter." + host(look.baseUrl()) + ">";
        });
    }

    private static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? "localhost" : host;
        }
        catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    private record Frozen(String subject, String language, IssueRendering rendering) {
    }
}
