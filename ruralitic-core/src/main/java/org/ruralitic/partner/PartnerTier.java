package org.ruralitic.partner;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Slugs;

/**
 * A tier of the partner wall, such as "Partenaires officiels"; tiers are shown by {@linkplain #getRank() rank}.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_partner_tier")
@NamedQuery(name = PartnerTier.FIND_BY_CODE, query = "SELECT t FROM PartnerTier t WHERE t.code = :code")
@NamedQuery(name = PartnerTier.FIND_ALL, query = "SELECT t FROM PartnerTier t ORDER BY t.rank")
public class PartnerTier extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the tier of parameter {@code code}. */
    public static final String FIND_BY_CODE = "PartnerTier.findByCode";
    /** Named query: all tiers by rank. */
    public static final String FIND_ALL = "PartnerTier.findAll";

    /** The code of the default first tier, "Partenaire fondateur". */
    public static final String FOUNDING = "founding";

    @NotNull
    @Size(max = 40)
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.code.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Valid
    @NotNull
    @Embedded
    private LocalizedLabel label;

    @Min(1)
    @Column(name = "tier_rank", nullable = false, unique = true)
    private int rank;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "logo_size", nullable = false, length = 20)
    private LogoSize logoSize;

    protected PartnerTier() {
    }

    /**
     * @param code the stable code, such as {@code official}.
     * @param label the labels in French and English.
     * @param rank the position on the wall, 1 first.
     * @param logoSize how large its logos are shown.
     */
    public PartnerTier(String code, LocalizedLabel label, int rank, LogoSize logoSize) {
        this.code = Objects.requireNonNull(code, "code is required");
        this.label = Objects.requireNonNull(label, "label is required");
        this.rank = rank;
        this.logoSize = Objects.requireNonNull(logoSize, "logo size is required");
    }

    /**
     * @param label the new labels in French and English.
     * @param logoSize how large its logos are shown from now on.
     * @since 0.3
     */
    public void relabel(LocalizedLabel label, LogoSize logoSize) {
        this.label = Objects.requireNonNull(label, "label is required");
        this.logoSize = Objects.requireNonNull(logoSize, "logo size is required");
    }

    /**
     * Moves the tier to another place on the wall; ranks are unique, so a swap goes through a free rank.
     *
     * @param rank the new position, 1 first.
     * @since 0.3
     */
    public void rankAt(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        this.rank = rank;
    }

    /** @return the stable code. */
    public String getCode() {
        return code;
    }

    /** @return the labels. */
    public LocalizedLabel getLabel() {
        return label;
    }

    /**
     * @param locale the reader's locale.
     * @return the label in the reader's language.
     */
    public String labelIn(Locale locale) {
        return label.in(locale);
    }

    /** @return the position on the wall, 1 first. */
    public int getRank() {
        return rank;
    }

    /** @return how large its logos are shown. */
    public LogoSize getLogoSize() {
        return logoSize;
    }

    @Override
    public String toString() {
        return code;
    }
}
