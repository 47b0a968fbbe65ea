package org.ruralitic.newsletter;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.mail.OutboxSchedule;
import org.ruralitic.schema.SchemaStartup;

/**
 * Sends the deliveries of newsletter issues every five seconds ({@link IssueDispatcher}, batch after batch while
 * there are some, up to {@value #RUN_SECONDS} seconds a run) and reads the bounce mailbox every minute
 * ({@link BounceMailbox}), on every server unless {@value OutboxSchedule#DISPATCH} (or, for issues alone,
 * {@value #DISPATCH_ISSUES}) is {@code false}. Non-persistent
 * EJB timers; a run still going when the next is due makes that one skip.
 *
 * @since 0.3
 */
@Singleton
@DependsOn(SchemaStartup.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class IssueSchedule {

    /** The setting that switches the sending of issues off on a server, its outbox still sent (default {@code true}). */
    public static final String DISPATCH_ISSUES = "newsletter.issues.dispatch";

    static final int RUN_SECONDS = 50;

    private static final Logger LOGGER = System.getLogger(IssueSchedule.class.getName());
    private static final String SENT = "RuraliTIC newsletter: {0} mail(s) of issues sent";
    private static final String FAILED = "RuraliTIC newsletter: {0} failed, next run soon";

    private final AtomicBoolean dispatching = new AtomicBoolean();
    private final AtomicBoolean reading = new AtomicBoolean();

    @Inject
    IssueDispatcher dispatcher;

    @Inject
    BounceMailbox bounces;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void dispatch() {
        if (!settings.flag(OutboxSchedule.DISPATCH, true) || !settings.flag(DISPATCH_ISSUES, true)
            || !dispatching.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant until = clock.instant().plus(Duration.ofSeconds(RUN_SECONDS));
            int total = 0;
            int sent;
            do {
                sent = dispatcher.dispatchDue(clock.instant());
                total += sent;
            }
            while (sent > 0 && clock.instant().isBefore(until));
            if (total > 0) {
                LOGGER.log(Level.INFO, SENT, total);
            }
        }
        catch (RuntimeException e) {
            // A timer that throws may be cancelled by the container: log, and let the next run try again.
            LOGGER.log(Level.ERROR, FAILED, "sending", e);
        }
        finally {
            dispatching.set(false);
        }
    }

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
    void readBounces() {
        if (!settings.flag(OutboxSchedule.DISPATCH, true) || !bounces.isSet() || !reading.compareAndSet(false, true)) {
            return;
        }
        try {
            bounces.read();
        }
        catch (Exception e) {
            LOGGER.log(Level.WARNING, FAILED, "reading the bounce mailbox", e);
        }
        finally {
            reading.set(false);
        }
    }
}
