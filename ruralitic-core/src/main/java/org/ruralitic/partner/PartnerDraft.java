package org.ruralitic.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.WebAddress;

/**
 * What the partner form holds: a new partner ({@code id} {@code null}) or a change to one at {@code version}.
 *
 * @param id the partner, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param name the name.
 * @param websiteUrl its site ({@code https://…}), or {@code null}.
 * @param description a sentence about it, or {@code null}.
 * @param logoUrl its logo, from the media library or an address, or {@code null}.
 * @param logoAlt the logo's alternative text, required with a logo.
 * @since 0.3
 */
public record PartnerDraft(Long id, int version,
    @NotBlank(message = "{ruralitic.partner.name.required}") @Size(max = 200, message = "{ruralitic.partner.name.size}") String name,
    @WebAddress String websiteUrl,
    @Size(max = 2000, message = "{ruralitic.partner.description.size}") String description,
    @ImageAddress String logoUrl,
    @Size(max = 300, message = "{ruralitic.partner.logoAlt.size}") String logoAlt) {

    /**
     * @param partner a partner.
     * @return the draft of its current state, for the form; the alternative text as stored, never the fallback.
     */
    public static PartnerDraft of(Partner partner) {
        return new PartnerDraft(partner.getId(), partner.getVersion(), partner.getName(), partner.getWebsiteUrl(),
            partner.getDescription(), partner.getLogoUrl(),
            partner.getLogoUrl() == null ? null : partner.getLogoAlt());
    }
}
