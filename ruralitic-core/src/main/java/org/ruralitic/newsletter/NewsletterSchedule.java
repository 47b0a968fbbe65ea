package org.ruralitic.newsletter;

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
import org.ruralitic.schema.SchemaStartup;

/**
 * Deletes unconfirmed sign-ups once their link has expired, every hour ({@link NewsletterService#purgeExpired}).
 * Several servers doing it at once delete the same rows: harmless.
 *
 * @since 0.1
 */
@Singleton
@DependsOn(SchemaStartup.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class NewsletterSchedule {

    private static final Logger LOGGER = System.getLogger(NewsletterSchedule.class.getName());
    private static final String PURGED = "RuraliTIC newsletter: {0} expired sign-up(s) deleted";
    private static final String FAILED = "RuraliTIC newsletter: purge failed, next run in an hour";

    @Inject
    NewsletterService newsletter;

    @Inject
    @Ruralitic
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void purge() {
        try {
            int purged = newsletter.purgeExpired(clock.instant());
            if (purged > 0) {
                LOGGER.log(Level.INFO, PURGED, purged);
            }
        }
        catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, FAILED, e);
        }
    }
}
