package org.ruralitic.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.schema.SchemaStartup;

/**
 * Runs {@link OutboxDispatcher#dispatchDue(java.time.Instant)} every ten seconds on every server, unless
 * {@value #DISPATCH} is {@code false} (for a server that should not send mail). Several servers dispatching at once
 * is safe: each mail is leased by one of them. A mail that someone waits for goes out at once: a {@link MailQueued}
 * event, once its transaction commits, starts a dispatch on a one-off timer (one at a time, however many sign-ups).
 * <p>
 * A non-persistent EJB timer (EJB Lite has them); bean-managed transactions, since the dispatcher commits each step
 * on its own and talks to SMTP outside any transaction.
 *
 * @since 0.1
 */
@Singleton
@DependsOn(SchemaStartup.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxSchedule {

    /** The setting that switches dispatching off on a server (default {@code true}). */
    public static final String DISPATCH = "newsletter.dispatch";

    private static final Logger LOGGER = System.getLogger(OutboxSchedule.class.getName());
    private static final String SENT = "RuraliTIC outbox: {0} mail(s) sent";
    private static final String NOT_WOKEN = "RuraliTIC outbox: no one-off dispatch, the schedule sends the mail";
    private static final String FAILED = "RuraliTIC outbox: dispatch failed, next run in a few seconds";

    /** How long a woken dispatch waits, so that the sign-ups of one burst share it. */
    static final long WAKE_DELAY_MILLIS = 50;

    @Inject
    OutboxDispatcher dispatcher;

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

    private final AtomicBoolean woken = new AtomicBoolean();

    /**
     * Starts a dispatch soon after the transaction that queued a mail commits (never after a rollback). Public: an
     * observer of a session bean must be one of its business methods.
     *
     * @param queued the event.
     */
    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (settings.flag(DISPATCH, true) && woken.compareAndSet(false, true)) {
            try {
                timers.createSingleActionTimer(WAKE_DELAY_MILLIS, new TimerConfig(null, false));
            }
            catch (RuntimeException e) {
                // The server stops, say: the schedule sends the mail.
                woken.set(false);
                LOGGER.log(Level.DEBUG, NOT_WOKEN, e);
            }
        }
    }

    @Timeout
    void woken() {
        // Cleared first: a mail queued during this dispatch wakes the next one.
        woken.set(false);
        dispatch();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void dispatch() {
        if (!settings.flag(DISPATCH, true)) {
            return;
        }
        try {
            int sent = dispatcher.dispatchDue(clock.instant());
            if (sent > 0) {
                LOGGER.log(Level.INFO, SENT, sent);
            }
        }
        catch (RuntimeException e) {
            // A timer that throws may be cancelled by the container: log, and let the next run try again.
            LOGGER.log(Level.ERROR, FAILED, e);
        }
    }
}
