package org.ruralitic.partner;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Slugs;
import org.ruralitic.event.Edition;

/**
 * The back-office of the partner wall: editors keep the partners, the tiers and the order they are shown in, and
 * each edition's sponsorships with their order within a tier. Every change is audited and refused over a concurrent
 * one ({@link EditConflictException}); a refusal the editor can act on is a {@link PartnerEditException}.
 *
 * <h2>Usage</h2>
 * <pre>
 * Partner partner = editing.savePartner(actor, new PartnerDraft(null, 0, "Fibre", "https://fibre.example", null,
 *     "/ruralitic/media/42-0123456789ab.png", "Fibre"));
 * Sponsorship place = editing.sponsor(actor, edition.getId(), partner.getId(), tier.getId());
 * editing.moveSponsorship(actor, place.getId(), place.getVersion(), true); // one place up within its tier
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class PartnerEditing {

    /** The subject type of partners in the audit log. */
    public static final String PARTNER = "partner";
    /** The subject type of tiers in the audit log. */
    public static final String TIER = "tier";
    /** The subject type of places on a wall in the audit log. */
    public static final String SPONSORSHIP = "sponsorship";

    private static final String WALL = "SELECT s FROM Sponsorship s JOIN FETCH s.partner JOIN FETCH s.tier"
        + " WHERE s.edition.id = :edition ORDER BY s.tier.rank, s.displayOrder, s.partner.name";
    private static final String LINE = "SELECT s FROM Sponsorship s JOIN FETCH s.partner"
        + " WHERE s.edition.id = :edition AND s.tier.id = :tier ORDER BY s.displayOrder, s.partner.name";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected PartnerEditing() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the changes.
     * @param audit the audit log.
     */
    public PartnerEditing(EntityManager entityManager, Clock clock, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param actor who asks: an editor.
     * @return every partner, by name in French alphabetical order, in one statement.
     */
    public List<Partner> partners(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        List<Partner> all = new ArrayList<>(entityManager.createQuery("SELECT p FROM Partner p", Partner.class)
            .getResultList());
        all.sort(Comparator.comparing(Partner::getName, Collator.getInstance(Locale.FRENCH)));
        return all;
    }

    /**
     * @param actor who asks: an editor.
     * @param id a partner.
     * @return its draft, for the form, or {@code null} when there is none.
     */
    public PartnerDraft partnerDraft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Partner partner = entityManager.find(Partner.class, id);
        return partner == null ? null : PartnerDraft.of(partner);
    }

    /**
     * Creates or changes a partner; a new one gets a slug made of its name.
     *
     * @param actor who saves: an editor.
     * @param draft the partner as the form holds it.
     * @return the saved partner.
     * @throws PartnerEditException when a logo has no alternative text, or the partner is gone.
     * @throws EditConflictException when someone else changed it since the form was read.
     */
    public Partner savePartner(@NotNull Actor actor, @NotNull @Valid PartnerDraft draft) {
        actor.require(Role.EDITOR);
        String logoUrl = blankToNull(draft.logoUrl());
        String logoAlt = blankToNull(draft.logoAlt());
        if (logoUrl != null && logoAlt == null) {
            throw new PartnerEditException(PartnerEditException.LOGO_ALT_REQUIRED, "logoAlt");
        }
        String name = draft.name().strip();
        Partner partner;
        boolean created = draft.id() == null;
        if (created) {
            partner = new Partner(freeSlug(name), name);
        }
        else {
            partner = partner(draft.id());
            checkVersion(partner.getVersion(), draft.version());
            partner.rename(name);
        }
        partner.present(blankToNull(draft.websiteUrl()), logoUrl, logoAlt, blankToNull(draft.description()));
        if (created) {
            entityManager.persist(partner);
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, PARTNER, partner.getId(),
            partner.getName());
        return partner;
    }

    /**
     * Deletes a partner that no wall shows any more.
     *
     * @param actor who deletes: an editor.
     * @param id the partner.
     * @param version the version the editor saw.
     * @throws PartnerEditException when it is still on a wall, or gone.
     * @throws EditConflictException when someone else changed it since.
     */
    public void deletePartner(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        Partner partner = partner(id);
        checkVersion(partner.getVersion(), version);
        long walls = entityManager.createQuery("SELECT COUNT(s) FROM Sponsorship s WHERE s.partner.id = :partner",
            Long.class).setParameter("partner", id).getSingleResult();
        if (walls > 0) {
            throw new PartnerEditException(PartnerEditException.ON_A_WALL, null);
        }
        entityManager.remove(partner);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.DELETE, PARTNER, id, partner.getName());
    }

    /**
     * @param actor who asks: an editor.
     * @return every tier, by rank.
     */
    public List<PartnerTier> tiers(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return entityManager.createNamedQuery(PartnerTier.FIND_ALL, PartnerTier.class).getResultList();
    }

    /**
     * @param actor who asks: an editor.
     * @param id a tier.
     * @return its draft, for the form, or {@code null} when there is none.
     */
    public TierDraft tierDraft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        PartnerTier tier = entityManager.find(PartnerTier.class, id);
        return tier == null ? null : TierDraft.of(tier);
    }

    /**
     * Creates a tier, last on the wall, or changes the labels and logo size of one.
     *
     * @param actor who saves: an editor.
     * @param draft the tier as the form holds it.
     * @return the saved tier.
     * @throws PartnerEditException when another tier has the code, or the tier is gone.
     * @throws EditConflictException when someone else changed it since the form was read.
     */
    public PartnerTier saveTier(@NotNull Actor actor, @NotNull @Valid TierDraft draft) {
        actor.require(Role.EDITOR);
        LocalizedLabel label = new LocalizedLabel(draft.french().strip(), draft.english().strip());
        PartnerTier tier;
        boolean created = draft.id() == null;
        if (created) {
            String code = draft.code().strip();
            if (!Persistence.single(entityManager.createNamedQuery(PartnerTier.FIND_BY_CODE, PartnerTier.class)
                .setParameter("code", code)).isEmpty()) {
                throw new PartnerEditException(PartnerEditException.TIER_CODE_TAKEN, "code");
            }
            tier = new PartnerTier(code, label, lastRank() + 1, draft.logoSize());
            entityManager.persist(tier);
        }
        else {
            tier = tier(draft.id());
            checkVersion(tier.getVersion(), draft.version());
            tier.relabel(label, draft.logoSize());
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, TIER, tier.getId(),
            tier.getLabel().getFrench());
        return tier;
    }

    /**
     * Swaps a tier with the one before or after it on the wall; the first tier does not go up, nor the last down.
     *
     * @param actor who moves: an editor.
     * @param id the tier.
     * @param version the version the editor saw.
     * @param up {@code true} to show it before the tier now before it, {@code false} after the one after it.
     * @return whether it moved.
     * @throws EditConflictException when someone else changed it since.
     */
    public boolean moveTier(@NotNull Actor actor, long id, int version, boolean up) {
        actor.require(Role.EDITOR);
        PartnerTier tier = tier(id);
        checkVersion(tier.getVersion(), version);
        List<PartnerTier> tiers = entityManager.createNamedQuery(PartnerTier.FIND_ALL, PartnerTier.class)
            .getResultList();
        int index = tiers.indexOf(tier);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= tiers.size()) {
            return false;
        }
        PartnerTier neighbour = tiers.get(other);
        int rank = tier.getRank();
        int neighbourRank = neighbour.getRank();
        // tier_rank is unique and updates are not ordered within a flush: the swap goes through a free rank.
        tier.rankAt(tiers.get(tiers.size() - 1).getRank() + 1);
        EditConflictException.flush(entityManager, clock.instant());
        neighbour.rankAt(rank);
        EditConflictException.flush(entityManager, clock.instant());
        tier.rankAt(neighbourRank);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.EDIT, TIER, tier.getId(), tier.getLabel().getFrench());
        return true;
    }

    /**
     * @param actor who asks: an editor.
     * @return every edition, latest first, to choose the wall to edit.
     */
    public List<Edition> editions(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return entityManager.createQuery("SELECT e FROM Edition e ORDER BY e.startLocal DESC", Edition.class)
            .getResultList();
    }

    /**
     * @param actor who asks: an editor.
     * @param editionId an edition.
     * @return its wall: partners and tiers fetched in one statement, tiers by rank, partners by display order.
     */
    public List<Sponsorship> sponsorships(@NotNull Actor actor, long editionId) {
        actor.require(Role.EDITOR);
        return entityManager.createQuery(WALL, Sponsorship.class).setParameter("edition", editionId)
            .getResultList();
    }

    /**
     * Places a partner on an edition's wall, last of its tier.
     *
     * @param actor who adds it: an editor.
     * @param editionId the edition.
     * @param partnerId the partner.
     * @param tierId the tier.
     * @return the new place.
     * @throws PartnerEditException when the partner is on that wall already, or something is gone.
     */
    public Sponsorship sponsor(@NotNull Actor actor, long editionId, long partnerId, long tierId) {
        actor.require(Role.EDITOR);
        Edition edition = entityManager.find(Edition.class, editionId);
        if (edition == null) {
            throw new PartnerEditException(PartnerEditException.EDITION_NOT_FOUND, null);
        }
        Partner partner = entityManager.find(Partner.class, partnerId);
        if (partner == null) {
            throw new PartnerEditException(PartnerEditException.NOT_FOUND, "partner");
        }
        PartnerTier tier = tier(tierId);
        long already = entityManager.createQuery("SELECT COUNT(s) FROM Sponsorship s WHERE s.edition.id = :edition"
            + " AND s.partner.id = :partner", Long.class).setParameter("edition", editionId)
            .setParameter("partner", partnerId).getSingleResult();
        if (already > 0) {
            throw new PartnerEditException(PartnerEditException.ALREADY_ON_WALL, "partner");
        }
        Sponsorship sponsorship = new Sponsorship(edition, partner, tier, nextOrder(editionId, tierId));
        entityManager.persist(sponsorship);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.CREATE, SPONSORSHIP, sponsorship.getId(), labelOf(sponsorship));
        return sponsorship;
    }

    /**
     * Shows a partner of a wall in another tier, last of it.
     *
     * @param actor who moves it: an editor.
     * @param id the place on the wall.
     * @param version the version the editor saw.
     * @param tierId the new tier.
     * @return the place.
     * @throws EditConflictException when someone else changed it since.
     */
    public Sponsorship changeTier(@NotNull Actor actor, long id, int version, long tierId) {
        actor.require(Role.EDITOR);
        Sponsorship sponsorship = sponsorship(id);
        checkVersion(sponsorship.getVersion(), version);
        PartnerTier tier = tier(tierId);
        if (!tier.equals(sponsorship.getTier())) {
            sponsorship.moveTo(tier, nextOrder(sponsorship.getEdition().getId(), tierId));
            EditConflictException.flush(entityManager, clock.instant());
            audit.record(actor, AuditAction.EDIT, SPONSORSHIP, id, labelOf(sponsorship));
        }
        return sponsorship;
    }

    /**
     * Takes a partner off an edition's wall; the partner stays for other walls.
     *
     * @param actor who removes it: an editor.
     * @param id the place on the wall.
     * @param version the version the editor saw.
     * @throws EditConflictException when someone else changed it since.
     */
    public void withdraw(@NotNull Actor actor, long id, int version) {
        actor.require(Role.EDITOR);
        Sponsorship sponsorship = sponsorship(id);
        checkVersion(sponsorship.getVersion(), version);
        String label = labelOf(sponsorship);
        entityManager.remove(sponsorship);
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.DELETE, SPONSORSHIP, id, label);
    }

    /**
     * Swaps a partner with the one before or after it within its tier of the wall, and numbers the tier's partners
     * anew from 0, so that ties left by an import are gone.
     *
     * @param actor who moves it: an editor.
     * @param id the place on the wall.
     * @param version the version the editor saw.
     * @param up {@code true} to show it before the partner now before it, {@code false} after the one after it.
     * @return whether it moved: the first does not go up, nor the last down.
     * @throws EditConflictException when someone else changed it since.
     */
    public boolean moveSponsorship(@NotNull Actor actor, long id, int version, boolean up) {
        actor.require(Role.EDITOR);
        Sponsorship sponsorship = sponsorship(id);
        checkVersion(sponsorship.getVersion(), version);
        List<Sponsorship> line = new ArrayList<>(entityManager.createQuery(LINE, Sponsorship.class)
            .setParameter("edition", sponsorship.getEdition().getId())
            .setParameter("tier", sponsorship.getTier().getId()).getResultList());
        int index = line.indexOf(sponsorship);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= line.size()) {
            return false;
        }
        Collections.swap(line, index, other);
        for (int order = 0; order < line.size(); order++) {
            if (line.get(order).getDisplayOrder() != order) {
                line.get(order).placeAt(order);
            }
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, AuditAction.EDIT, SPONSORSHIP, id, labelOf(sponsorship));
        return true;
    }

    private int nextOrder(long editionId, long tierId) {
        Integer last = entityManager.createQuery("SELECT MAX(s.displayOrder) FROM Sponsorship s"
            + " WHERE s.edition.id = :edition AND s.tier.id = :tier", Integer.class).setParameter("edition", editionId)
            .setParameter("tier", tierId).getSingleResult();
        return last == null ? 0 : last + 1;
    }

    private int lastRank() {
        Integer last = entityManager.createQuery("SELECT MAX(t.rank) FROM PartnerTier t", Integer.class)
            .getSingleResult();
        return last == null ? 0 : last;
    }

    private String labelOf(Sponsorship sponsorship) {
        return sponsorship.getPartner().getName() + " — " + sponsorship.getTier().getCode() + " — "
            + sponsorship.getEdition().getSlug();
    }

    private void checkVersion(int current, int seen) {
        if (current != seen) {
            throw new EditConflictException("?", clock.instant(), current, 0);
        }
    }

    private Partner partner(long id) {
        Partner partner = entityManager.find(Partner.class, id);
        if (partner == null) {
            throw new PartnerEditException(PartnerEditException.NOT_FOUND, null);
        }
        return partner;
    }

    private PartnerTier tier(long id) {
        PartnerTier tier = entityManager.find(PartnerTier.class, id);
        if (tier == null) {
            throw new PartnerEditException(PartnerEditException.TIER_NOT_FOUND, "tier");
        }
        return tier;
    }

    private Sponsorship sponsorship(long id) {
        Sponsorship sponsorship = entityManager.find(Sponsorship.class, id);
        if (sponsorship == null) {
            throw new PartnerEditException(PartnerEditException.SPONSORSHIP_NOT_FOUND, null);
        }
        return sponsorship;
    }

    private String freeSlug(String name) {
        String base = Slugs.of(name);
        List<String> taken = entityManager.createQuery("SELECT p.slug FROM Partner p WHERE p.slug LIKE :prefix",
            String.class).setParameter("prefix", base + "%").getResultList();
        String slug = base;
        for (int attempt = 2; taken.contains(slug); attempt++) {
            slug = Slugs.withSuffix(base, attempt);
        }
        return slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
