package org.ruralitic.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.Persistence;
import org.ruralitic.event.Edition;

/**
 * The partner wall of an edition, and the partners and tiers it is made of.
 *
 * <h2>Usage</h2>
 * <pre>
 * for (TierGroup group : partners.wallOf(edition)) { ... group.tier() ... group.partners() ... }
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    /** For CDI. */
    protected PartnerService() {
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     */
    public PartnerService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reads the wall in one SQL statement, whatever the number of partners.
     *
     * @param edition the edition.
     * @return its partners grouped by tier, tiers by rank, partners by display order; tiers without partners are left
     *         out.
     */
    public List<TierGroup> wallOf(@NotNull Edition edition) {
        List<Sponsorship> sponsorships = Persistence.forDisplay(entityManager.createQuery("SELECT s FROM Sponsorship s"
            + " JOIN FETCH s.partner JOIN FETCH s.tier WHERE s.edition = :edition"
            + " ORDER BY s.tier.rank, s.displayOrder, s.partner.name", Sponsorship.class)).setParameter("edition", entityManager.getReference(Edition.class, edition.getId()))
            .getResultList();
        Map<PartnerTier, List<Partner>> tiers = new LinkedHashMap<>();
        for (Sponsorship sponsorship : sponsorships) {
            tiers.computeIfAbsent(sponsorship.getTier(), tier -> new ArrayList<>()).add(sponsorship.getPartner());
        }
        return tiers.entrySet().stream().map(tier -> new TierGroup(tier.getKey(), List.copyOf(tier.getValue()))).toList();
    }

    /** @return all tiers, by rank. */
    public List<PartnerTier> tiers() {
        return entityManager.createNamedQuery(PartnerTier.FIND_ALL, PartnerTier.class).getResultList();
    }

    /**
     * @param code a tier code, such as {@code official}.
     * @return the tier.
     */
    public Optional<PartnerTier> findTier(String code) {
        return Persistence.single(entityManager.createNamedQuery(PartnerTier.FIND_BY_CODE, PartnerTier.class)
            .setParameter("code", code));
    }

    /**
     * @param slug a partner slug.
     * @return the partner.
     */
    public Optional<Partner> findPartner(String slug) {
        return Persistence.single(entityManager.createNamedQuery(Partner.FIND_BY_SLUG, Partner.class)
            .setParameter("slug", slug));
    }

    /**
     * Records a partner, or returns the one that has the slug already.
     *
     * @param partner the partner, built by the caller.
     * @return the managed partner.
     */
    public Partner definePartner(@NotNull @Valid Partner partner) {
        Optional<Partner> existing = findPartner(partner.getSlug());
        if (existing.isPresent()) {
            return existing.get();
        }
        return Persistence.save(entityManager, partner);
    }

    /**
     * Places a partner on an edition's wall.
     *
     * @param edition the edition.
     * @param partner the partner.
     * @param tier the tier.
     * @param displayOrder its order within the tier.
     * @return the managed sponsorship.
     */
    public Sponsorship sponsor(@NotNull Edition edition, @NotNull Partner partner, @NotNull PartnerTier tier,
        @Min(0) int displayOrder) {
        Sponsorship sponsorship = new Sponsorship(entityManager.getReference(Edition.class, edition.getId()),
            entityManager.getReference(Partner.class, partner.getId()),
            entityManager.getReference(PartnerTier.class, tier.getId()), displayOrder);
        return Persistence.save(entityManager, sponsorship);
    }

    // Content files (issue 12: the site's export and its import)

    /**
     * Records a tier, or returns the one that has the code already; for the content importer.
     *
     * @param tier the tier, built by the caller.
     * @return the managed tier.
     * @since 0.3
     */
    public PartnerTier defineTier(@NotNull @Valid PartnerTier tier) {
        return findTier(tier.getCode()).orElseGet(() -> Persistence.save(entityManager, tier));
    }
}
