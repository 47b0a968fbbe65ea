package org.ruralitic.partner;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.event.Edition;

/**
 * A partner's place on one edition's wall: its tier and its order within the tier.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_sponsorship", uniqueConstraints = @UniqueConstraint(columnNames = { "edition_id", "partner_id" }))
public class Sponsorship extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tier_id", nullable = false)
    private PartnerTier tier;

    @Min(0)
    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Sponsorship() {
    }

    /**
     * @param edition the edition.
     * @param partner the partner.
     * @param tier the tier it is shown in.
     * @param displayOrder its order within the tier, smallest first.
     */
    public Sponsorship(Edition edition, Partner partner, PartnerTier tier, int displayOrder) {
        this.edition = Objects.requireNonNull(edition, "edition is required");
        this.partner = Objects.requireNonNull(partner, "partner is required");
        this.tier = Objects.requireNonNull(tier, "tier is required");
        this.displayOrder = displayOrder;
    }

    /**
     * @param displayOrder its new order within the tier, smallest first.
     * @since 0.3
     */
    public void placeAt(int displayOrder) {
        if (displayOrder < 0) {
            throw new IllegalArgumentException("display order starts at 0");
        }
        this.displayOrder = displayOrder;
    }

    /**
     * Shows the partner in another tier of the same wall, last of it.
     *
     * @param tier the new tier.
     * @param displayOrder its order within that tier.
     * @since 0.3
     */
    public void moveTo(PartnerTier tier, int displayOrder) {
        this.tier = Objects.requireNonNull(tier, "tier is required");
        placeAt(displayOrder);
    }

    /** @return the edition. */
    public Edition getEdition() {
        return edition;
    }

    /** @return the partner. */
    public Partner getPartner() {
        return partner;
    }

    /** @return the tier. */
    public PartnerTier getTier() {
        return tier;
    }

    /** @return its order within the tier. */
    public int getDisplayOrder() {
        return displayOrder;
    }
}
