package org.ruralitic.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

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
import org.ruralitic.schema.SchemaStartup;

/**
 * Runs {@link OutboxDispatcher#dispatchDue(java.time.Instant)} every ten seconds on every server, unless
 * {@value #DISPATCH} is {@code false} (for a server that should not send mail). Several servers dispatching at once
 * is safe: each mail is leased by one of them.
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
    private static final String FAILED = "RuraliTIC outbox: dispatch failed, next run in a few seconds";

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Settings settings;

    @Inject
    @Ruralitic
    Clock clock;

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
