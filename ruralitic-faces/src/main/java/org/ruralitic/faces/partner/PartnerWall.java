package org.ruralitic.faces.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.partner.PartnerService;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.TierGroup;

/**
 * Backs {@code <r:partnerWall>}: the wall of an edition, read once per request whatever the page asks.
 *
 * @since 0.1
 */
@Named("rtPartnerWall")
@RequestScoped
public class PartnerWall {

    @Inject
    PartnerService partners;

    private final Map<Long, List<TierGroup>> walls = new HashMap<>();

    /**
     * @param edition an edition, or {@code null}.
     * @return its partners grouped by tier in rank order.
     */
    public List<TierGroup> of(Edition edition) {
        return edition == null ? List.of() : walls.computeIfAbsent(edition.getId(), id -> partners.wallOf(edition));
    }

    /**
     * @param tier a tier.
     * @return the CSS class of its logo size, such as {@code rt-partners__logo--large}.
     */
    public String sizeClass(PartnerTier tier) {
        return sizeClassOf(tier);
    }

    static String sizeClassOf(PartnerTier tier) {
        return "rt-partners__logo--" + tier.getLogoSize().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
