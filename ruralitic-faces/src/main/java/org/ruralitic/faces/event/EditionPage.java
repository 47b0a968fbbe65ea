package org.ruralitic.faces.event;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.common.PageLocale;

/**
 * Backs the edition home page {@code /ruralitic/}: the featured edition and the days co-located with it.
 *
 * @since 0.1
 */
@Named("rtEditionPage")
@RequestScoped
public class EditionPage {

    @Inject
    EditionService editions;

    @Inject
    PageLocale locale;

    private Optional<Edition> edition;
    private List<Edition> colocated;

    /** @return the featured edition, or {@code null} when there is none yet. */
    public Edition getEdition() {
        if (edition == null) {
            edition = editions.featured();
        }
        return edition.orElse(null);
    }

    /** @return the days co-located with the featured edition. */
    public List<Edition> getColocated() {
        if (colocated == null) {
            colocated = getEdition() == null ? List.of() : editions.colocatedWith(getEdition());
        }
        return colocated;
    }

    /**
     * @param edition an edition.
     * @return its dates for the page's reader, such as "27-28-29 août 2019".
     */
    public String dates(Edition edition) {
        return EditionDates.format(edition.getStartLocal().toLocalDate(), edition.getEndLocal().toLocalDate(),
            locale.getLocale());
    }
}
