package org.ruralitic.article;

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
 * Empties the bin of articles deleted more than {@link ArticleEditing#BIN_RETENTION} ago, every hour
 * ({@link ArticleEditing#purgeBin}). Several servers doing it at once delete the same rows: harmless.
 *
 * @since 0.2
 */
@Singleton
@DependsOn(SchemaStartup.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ArticleBinSchedule {

    private static final Logger LOGGER = System.getLogger(ArticleBinSchedule.class.getName());
    private static final String PURGED = "RuraliTIC articles: {0} article(s) deleted for good from the bin";
    private static final String FAILED = "RuraliTIC articles: emptying the bin failed, next run in an hour";

    @Inject
    ArticleEditing editing;

    @Inject
    @Ruralitic
    Clock clock;

    @Schedule(minute = "41", hour = "*", persistent = false)
    void purge() {
        try {
            int purged = editing.purgeBin(clock.instant());
            if (purged > 0) {
                LOGGER.log(Level.INFO, PURGED, purged);
            }
        }
        catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, FAILED, e);
        }
    }
}
