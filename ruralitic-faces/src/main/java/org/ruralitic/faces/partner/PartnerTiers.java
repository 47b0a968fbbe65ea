package org.ruralitic.faces.partner;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.faces.common.ListMarkup;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.TierGroup;

/**
 * The tiers of a partner wall, as {@code <r:partnerWall>} shows them on the partners' page and the home page: a
 * {@code <section>} a tier, with its title and the list of its partners, each a logo (or a name) linked to the
 * partner's site.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:partnerTiers value="#{rtPartnerWall.of(rtEdition.current)}"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class PartnerTiers extends ListMarkup<TierGroup> {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.partner.PartnerTiers";

    @Override
    protected void write(FacesContext context, ResponseWriter out, List<TierGroup> tiers) throws IOException {
        Page page = bean(context, "rtPage", Page.class);
        Locale locale = bean(context, "rtLocale", PageLocale.class).getLocale();
        for (TierGroup group : tiers) {
            String code = group.tier().getCode();
            out.startElement("section", null);
            out.writeAttribute("class", "rt-partners__tier rt-partners__tier--" + code, null);
            out.writeAttribute("aria-labelledby", "rt-tier-" + code, null);
            out.write('\n');
            out.startElement("h2", null);
            out.writeAttribute("id", "rt-tier-" + code, null);
            out.writeAttribute("class", "rt-partners__tier-title", null);
            out.writeText(group.tier().labelIn(locale), null);
            out.endElement("h2");
            out.write('\n');
            out.startElement("ul", null);
            out.writeAttribute("class", "rt-partners__list", null);
            out.write('\n');
            String logoClass = "rt-partners__logo " + PartnerWall.sizeClassOf(group.tier());
            for (Partner partner : group.partners()) {
                partner(out, page, partner, logoClass);
            }
            out.endElement("ul");
            out.write('\n');
            out.endElement("section");
            out.write('\n');
        }
    }

    private static void partner(ResponseWriter out, Page page, Partner partner, String logoClass) throws IOException {
        out.startElement("li", null);
        out.writeAttribute("class", "rt-partners__item", null);
        boolean linked = present(partner.getWebsiteUrl());
        if (linked) {
            out.startElement("a", null);
            out.writeAttribute("class", "rt-partners__link", null);
            out.writeAttribute("href", partner.getWebsiteUrl(), null);
        }
        if (present(partner.getLogoUrl())) {
            out.startElement("img", null);
            out.writeAttribute("class", logoClass, null);
            out.writeAttribute("src", page.asset(partner.getLogoUrl()), null);
            // A logo says who the partner is: without a text of its own, the partner's name does.
            String alt = partner.getLogoAlt();
            out.writeAttribute("alt", alt == null || alt.isBlank() ? partner.getName() : alt, null);
            out.endElement("img");
        }
        else {
            out.writeText(partner.getName(), null);
        }
        if (linked) {
            out.endElement("a");
        }
        out.endElement("li");
        out.write('\n');
    }
}
