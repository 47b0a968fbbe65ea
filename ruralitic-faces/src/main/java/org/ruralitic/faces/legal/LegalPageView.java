package org.ruralitic.faces.legal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.legal.Conformity;
import org.ruralitic.legal.LegalPage;
import org.ruralitic.legal.LegalPageKind;
import org.ruralitic.legal.LegalPages;

/**
 * Backs the public-sector pages ({@code /ruralitic/legal-notice}...) and their links in the footer, known to pages as
 * {@code rtLegal}: the page of the address in the page's language, and the site's conformity that the link to the
 * accessibility statement states.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;a href="#{rtPage.link('/accessibility')}"&gt;#{rtText['legal.footer.'.concat(rtLegal.conformity)]}&lt;/a&gt;
 * </pre>
 *
 * @since 0.3
 */
@Named("rtLegal")
@RequestScoped
public class LegalPageView {

    @Inject
    LegalPages legal;

    @Inject
    Page page;

    @Inject
    PageLocale locale;

    private LegalPage shown;

    /** @return the page of the address, in the page's language. */
    public LegalPage getPage() {
        if (shown == null) {
            LegalPageKind kind = LegalPageKind.ofSlug(page.getSlug());
            shown = legal.page(kind == null ? LegalPageKind.LEGAL_NOTICE : kind, locale.getLocale());
        }
        return shown;
    }

    /** @return the page's text as HTML, safe to write unescaped. */
    public String getHtml() {
        return getPage().html();
    }

    /** @return the site's conformity with the RGAA, for the footer's link. */
    public Conformity getConformity() {
        return legal.conformity();
    }

    /** @return the kinds of pages, in the footer's order. */
    public LegalPageKind[] getKinds() {
        return LegalPageKind.values();
    }
}
