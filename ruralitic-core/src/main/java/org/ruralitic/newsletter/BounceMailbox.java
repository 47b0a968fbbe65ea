package org.ruralitic.newsletter;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.persistence.EntityManager;

import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.common.Transactions;

/**
 * Reads the bounce mailbox (the address the mails' envelope sender returns to) over IMAP or POP3 with Jakarta Mail,
 * and acts on its delivery status notifications ({@link DeliveryReport}): a hard bounce marks the subscription
 * ({@link Subscription#bounced(Instant, String)}), skips its pending deliveries and marks the returned delivery
 * {@code BOUNCED}. Each message read is deleted from the mailbox, reports and anything else alike (the mailbox is
 * the bounces', nobody reads it). Soft bounces are the reporting server's to retry.
 *
 * <h2>Usage</h2>
 * <pre>
 * newsletter.bounce.url=imaps://bounces:secret@mail.cantal.fr/INBOX
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
public class BounceMailbox {

    /** The mailbox, {@code imap[s]://user:password@host[:port]/INBOX} or {@code pop3[s]://…} (default: none). */
    public static final String URL = "newsletter.bounce.url";

    /** Most messages read at a time. */
    public static final int BATCH = 200;

    private static final Logger LOGGER = System.getLogger(BounceMailbox.class.getName());
    private static final String BOUNCED = "RuraliTIC newsletter: {0} hard bounce(s) read from the bounce mailbox";
    private static final String UNREADABLE = "RuraliTIC newsletter: a message of the bounce mailbox could not be read"
        + " and was left there: {0}";
    private static final String TIMEOUT_MILLIS = "30000";

    @Inject
    Transactions transactions;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

    /** For CDI. */
    protected BounceMailbox() {
    }

    /**
     * @param transactions the transactions of each report.
     * @param settings where the mailbox is.
     * @param clock the time of bounces.
     */
    public BounceMailbox(Transactions transactions, Settings settings, Clock clock) {
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return whether a bounce mailbox is set. */
    public boolean isSet() {
        return settings.get(URL).filter(value -> !value.isBlank()).isPresent();
    }

    /**
     * Reads the mailbox once.
     *
     * @return how many hard bounces were recorded.
     * @throws MessagingException when the mailbox cannot be reached.
     */
    public int read() throws MessagingException {
        Optional<String> url = settings.get(URL).filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return 0;
        }
        URLName name = new URLName(url.get().strip());
        Properties properties = new Properties();
        for (String protocol : List.of("imap", "imaps", "pop3", "pop3s")) {
            properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
            properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        }
        int bounces = 0;
        Store store = Session.getInstance(properties).getStore(name);
        store.connect();
        try {
            Folder folder = store.getFolder(name.getFile() == null ? "INBOX" : name.getFile());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] messages = folder.getMessages(1, Math.min(folder.getMessageCount(), BATCH));
                for (Message message : messages) {
                    try {
                        bounces += record(DeliveryReport.of(message));
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                    catch (MessagingException | IOException | RuntimeException e) {
                        LOGGER.log(Level.WARNING, UNREADABLE, e.toString());
                    }
                }
            }
            finally {
                folder.close(true);
            }
        }
        finally {
            store.close();
        }
        if (bounces > 0) {
            LOGGER.log(Level.INFO, BOUNCED, bounces);
        }
        return bounces;
    }

    /**
     * @param report a report read.
     * @return how many of its recipients are subscribers, now marked.
     */
    int record(DeliveryReport report) {
        if (report.hardBounces().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return transactions.inNewTransaction(em -> {
            int marked = 0;
            for (DeliveryReport.Bounce bounce : report.hardBounces()) {
                Optional<Subscription> found = Persistence.single(em.createNamedQuery(Subscription.BY_EMAIL,
                    Subscription.class).setParameter("email", bounce.recipient()));
                if (found.isPresent()) {
                    bounced(em, found.get(), bounce.status(), report, now);
                    marked++;
                }
            }
            return marked;
        });
    }

    private static void bounced(EntityManager em, Subscription subscription, String status, DeliveryReport report,
        Instant now) {
        subscription.bounced(now, status);
        em.createNamedQuery(Delivery.SKIP_SUBSCRIPTION).setParameter("skipped", DeliveryStatus.SKIPPED)
            .setParameter("subscription", subscription.getId()).setParameter("open", Delivery.NOT_SENT)
            .executeUpdate();
        report.delivery().filter(ids -> ids[1] == subscription.getId()).ifPresent(ids -> em.createQuery(
            "UPDATE Delivery d SET d.status = :bounced WHERE d.issueId = :issue AND d.subscriptionId = :subscription"
                + " AND d.status = :sent").setParameter("bounced", DeliveryStatus.BOUNCED).setParameter("issue", ids[0])
            .setParameter("subscription", ids[1]).setParameter("sent", DeliveryStatus.SENT).executeUpdate());
    }
}
