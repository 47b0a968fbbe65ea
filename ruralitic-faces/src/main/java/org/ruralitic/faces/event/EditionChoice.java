package org.ruralitic.faces.event;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Series;
import org.ruralitic.faces.common.Page;

/**
 * The edition a page is about: the one its address names ({@code /ruralitic/editions/<slug>} or
 * {@code ?edition=<slug>}), else the featured one (running or next, else the latest). Drafts are never chosen.
 *
 * @since 0.1
 */
@Named("rtEdition")
@RequestScoped
public class EditionChoice {

    @Inject
    EditionService editions;

    @Inject
    Page page;

    @Inject
    SharedEditions shared;

    private Optional<Edition> edition;
    private Optional<Series> series;

    /** @return the edition, or {@code null} when none is public (or the named one does not exist). */
    public Edition getCurrent() {
        if (edition == null) {
            String slug = "home".equals(page.getRoute()) && page.getSlug() != null ? page.getSlug() : page.param("edition");
            if (slug != null) {
                edition = editions.findBySlug(slug).filter(found -> found.getStatus() != EditionStatus.DRAFT);
            }
            else {
                edition = getSeriesCode() == null ? shared.featured()
                    : Optional.ofNullable(getSeries()).flatMap(editions::featured);
            }
        }
        return edition.orElse(null);
    }

    /**
     * @return the code of the series the page is about ({@code /ruralitic/series/<code>}, or a tag's page with
     *     {@code ?series=<code>}), or {@code null} for the portal's main series.
     */
    public String getSeriesCode() {
        return "series".equals(page.getRoute()) ? page.getSlug() : page.param("series");
    }

    /** @return the series the page is about, or {@code null} for the main one (or a series there is not). */
    public Series getSeries() {
        if (series == null) {
            String code = getSeriesCode();
            series = code == null ? Optional.empty() : editions.findSeries(code);
        }
        return series.orElse(null);
    }

    /** @return whether the address named an edition explicitly. */
    public boolean isNamed() {
        return "home".equals(page.getRoute()) && page.getSlug() != null || page.param("edition") != null;
    }
}
