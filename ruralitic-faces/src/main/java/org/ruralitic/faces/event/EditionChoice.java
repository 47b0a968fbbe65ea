package org.ruralitic.faces.event;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
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

    /** @return the edition, or {@code null} when none is public (or the named one does not exist). */
    public Edition getCurrent() {
        if (edition == null) {
            String slug = "home".equals(page.getRoute()) && page.getSlug() != null ? page.getSlug() : page.param("edition");
            edition = slug == null ? shared.featured()
                : editions.findBySlug(slug).filter(found -> found.getStatus() != EditionStatus.DRAFT);
        }
        return edition.orElse(null);
    }

    /** @return whether the address named an edition explicitly. */
    public boolean isNamed() {
        return "home".equals(page.getRoute()) && page.getSlug() != null || page.param("edition") != null;
    }
}
