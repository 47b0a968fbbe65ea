package org.ruralitic.faces.event;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.Series;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;

/**
 * Backs the edition pages and the banner: co-located days, dates written the readers' way, the countdown, the
 * archive of editions.
 *
 * @since 0.1
 */
@Named("rtEditionPage")
@RequestScoped
public class EditionPage {

    @Inject
    EditionService editions;

    @Inject
    EditionChoice choice;

    @Inject
    SharedEditions shared;

    @Inject
    PageLocale locale;

    @Inject
    Page page;

    @Inject
    @Ruralitic
    Clock clock;

    private List<Edition> colocated;
    private List<Edition> past;
    private List<Edition> upcoming;

    /** Answers 404 when the address names an edition that is not public, or a series there is not. */
    public void load() {
        if (choice.isNamed() && choice.getCurrent() == null || choice.getSeriesCode() != null
            && choice.getSeries() == null) {
            page.notFound();
        }
    }

    /** @return the days co-located with the page's edition. */
    public List<Edition> getColocated() {
        if (colocated == null) {
            colocated = choice.getCurrent() == null ? List.of() : shared.colocatedWith(choice.getCurrent());
        }
        return colocated;
    }

    /** @return the main editions that are over, latest first: of the page's series, else of the main one. */
    public List<Edition> getPast() {
        if (past == null) {
            Series series = choice.getSeries();
            past = series == null ? editions.past() : editions.past(series);
        }
        return past;
    }

    /** @return the main editions running or to come, soonest first: of the page's series, else of the main one. */
    public List<Edition> getUpcoming() {
        if (upcoming == null) {
            Series series = choice.getSeries();
            upcoming = series == null ? editions.upcoming() : editions.upcoming(series);
        }
        return upcoming;
    }

    /**
     * @param edition an edition.
     * @return its dates for the page's reader, such as "27-28-29 août 2019".
     */
    public String dates(Edition edition) {
        return EditionDates.format(edition.getStartLocal().toLocalDate(), edition.getEndLocal().toLocalDate(),
            locale.getLocale());
    }

    /**
     * @param edition an edition.
     * @return the countdown key and days: {@code null} once it has started; otherwise the number of days to go.
     */
    public Long daysToGo(Edition edition) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(edition.zone()));
        if (!now.isBefore(edition.getStartLocal())) {
            return null;
        }
        return Duration.between(now.toLocalDate().atStartOfDay(), edition.getStartLocal().toLocalDate().atStartOfDay())
            .toDays();
    }

    /**
     * @param edition an edition.
     * @return whether it is running now.
     */
    public boolean isRunning(Edition edition) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(edition.zone()));
        return !now.isBefore(edition.getStartLocal()) && !now.isAfter(edition.getEndLocal());
    }
}
