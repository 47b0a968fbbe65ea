package org.ruralitic.partner;

import java.io.Serializable;
import java.util.List;

/**
 * One tier of an edition's partner wall with its partners, in display order.
 *
 * @param tier the tier.
 * @param partners its partners, in display order.
 * @since 0.1
 */
public record TierGroup(PartnerTier tier, List<Partner> partners) implements Serializable {
}
