package org.ruralitic.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.ruralitic.common.Persistence;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionCarryOver;

/**
 * Carries an edition's partner wall over to the next edition: the same partners in the same tiers and order, to be
 * edited from there. Read in one statement.
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class SponsorshipCarryOver implements EditionCarryOver {

    private static final String OF_EDITION = "SELECT s FROM Sponsorship s JOIN FETCH s.partner JOIN FETCH s.tier"
        + " WHERE s.edition = :edition";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    /** For CDI. */
    protected SponsorshipCarryOver() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     */
    public SponsorshipCarryOver(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void carryOver(Edition from, Edition next) {
        for (Sponsorship sponsorship : entityManager.createQuery(OF_EDITION, Sponsorship.class)
            .setParameter("edition", from).getResultList()) {
            entityManager.persist(new Sponsorship(next, sponsorship.getPartner(), sponsorship.getTier(),
                sponsorship.getDisplayOrder()));
        }
    }
}
