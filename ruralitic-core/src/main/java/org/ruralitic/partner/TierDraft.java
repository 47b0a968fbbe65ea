package org.ruralitic.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Slugs;

/**
 * What the tier form holds: a new tier ({@code id} {@code null}, placed last) or a change to one at {@code version}.
 * The code of an existing tier does not change.
 *
 * @param id the tier, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param code the stable code, such as {@code official}.
 * @param french the French label.
 * @param english the English label.
 * @param logoSize how large its logos are shown.
 * @since 0.3
 */
public record TierDraft(Long id, int version,
    @NotBlank(message = "{ruralitic.code.required}") @Size(max = 40, message = "{ruralitic.code.size}")
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.code.pattern}") String code,
    @NotBlank(message = "{ruralitic.label.fr.required}")
    @Size(max = LocalizedLabel.MAX_LENGTH, message = "{ruralitic.label.size}") String french,
    @NotBlank(message = "{ruralitic.label.en.required}")
    @Size(max = LocalizedLabel.MAX_LENGTH, message = "{ruralitic.label.size}") String english,
    @NotNull(message = "{ruralitic.tier.logoSize.required}") LogoSize logoSize) {

    /**
     * @param tier a tier.
     * @return the draft of its current state, for the form.
     */
    public static TierDraft of(PartnerTier tier) {
        return new TierDraft(tier.getId(), tier.getVersion(), tier.getCode(), tier.getLabel().getFrench(),
            tier.getLabel().getEnglish(), tier.getLogoSize());
    }
}
