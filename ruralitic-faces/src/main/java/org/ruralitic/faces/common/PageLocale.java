package org.ruralitic.faces.common;

import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of a RuraliTIC page: French unless the address asks for English ({@code ?lang=en}) or the visitor's
 * browser prefers it.
 * <p>
 * Decided per request, so that no HTTP session is needed to remember it.
 *
 * @since 0.1
 */
@Named("rtLocale")
@RequestScoped
public class PageLocale {

    private Locale locale;
    private String explicitLanguage;
    private boolean explicitRead;

    /** @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
    public Locale getLocale() {
        if (locale == null) {
            if (getExplicitLanguage() != null) {
                locale = Locale.forLanguageTag(getExplicitLanguage());
                return locale;
            }
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            // Without Accept-Language the container offers its own default locale: French is ours.
            locale = preferred(context.getRequestHeaderMap().containsKey("Accept-Language")
                ? context.getRequestLocales() : Collections.emptyIterator());
        }
        return locale;
    }

    /**
     * The same choice for a servlet of the library, outside Faces.
     *
     * @param request a request.
     * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}, as a page of that request would be.
     */
    public static Locale of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "fr".equals(asked)) {
            return Locale.forLanguageTag(asked);
        }
        return preferred(request.getHeader("Accept-Language") == null ? Collections.emptyIterator()
            : request.getLocales().asIterator());
    }

    private static Locale preferred(Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            if ("fr".equals(language) || "en".equals(language)) {
                return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
            }
        }
        return Locale.FRENCH;
    }

    /** @return the language the address asks for with {@code ?lang=}, {@code fr} or {@code en}, else {@code null}. */
    public String getExplicitLanguage() {
        if (!explicitRead) {
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
            explicitLanguage = "en".equals(asked) || "fr".equals(asked) ? asked : null;
            explicitRead = true;
        }
        return explicitLanguage;
    }

    /** @return the other language of the library, for the language switch: {@code en} or {@code fr}. */
    public String getOtherLanguage() {
        return "en".equals(getLanguage()) ? "fr" : "en";
    }

    /** @return the language code for {@code lang} attributes: {@code fr} or {@code en}. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
