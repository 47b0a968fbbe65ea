package org.ruralitic.faces.partner;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.TierGroup;

/**
 * The tiers of a partner wall, as {@code <r:partnerWall>} shows them: a {@code <section>} a tier, with its title and
 * the list of its partners, each a logo (or a name) linked to the partner's site. Written in Java rather than by
 * nested {@code ui:repeat}s, for the same reason as the programme's days ({@code ProgrammeDays}): the wall is on the
 * home page too, and most of the cost of the repeated markup was the EL of each partner.
 * <p>
 * Every text and address goes through the {@link ResponseWriter}, which escapes it.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:partnerTiers value="#{rtPartnerWall.of(rtEdition.current)}"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class PartnerTiers extends UIComponentBase {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.partner.PartnerTiers";

    /** The component family. */
    public static final String COMPONENT_FAMILY = "org.ruralitic.faces";

    enum PropertyKeys {
        value
    }

    /** A component without renderer and without state of its own beyond its attribute. */
    public PartnerTiers() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    /** @return the tiers to show, in rank order, each with its partners. */
    @SuppressWarnings("unchecked")
    public List<TierGroup> getValue() {
        return (List<TierGroup>) getStateHelper().eval(PropertyKeys.value, List.of());
    }

    /** @param value the tiers to show. */
    public void setValue(List<TierGroup> value) {
        getStateHelper().put(PropertyKeys.value, value);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<TierGroup> tiers = getValue();
        if (tiers == null || tiers.isEmpty()) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        Page page = context.getApplication().evaluateExpressionGet(context, "#{rtPage}", Page.class);
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{rtLocale}", PageLocale.class)
            .getLocale();
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
        boolean linked = partner.getWebsiteUrl() != null && !partner.getWebsiteUrl().isEmpty();
        if (linked) {
            out.startElement("a", null);
            out.writeAttribute("class", "rt-partners__link", null);
            out.writeAttribute("href", partner.getWebsiteUrl(), null);
        }
        if (partner.getLogoUrl() != null && !partner.getLogoUrl().isEmpty()) {
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
