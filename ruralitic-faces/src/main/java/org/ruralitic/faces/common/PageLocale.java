package org.ruralitic.faces.common;

import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The language of a RuraliTIC page: French unless the visitor's browser prefers English.
 * <p>
 * Decided per request from {@code Accept-Language}, so that no HTTP session is needed to remember it.
 *
 * @since 0.1
 */
@Named("rtLocale")
@RequestScoped
public class PageLocale {

    private Locale locale;

    /** @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.FRENCH;
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            // Without Accept-Language the container offers its own default locale: French is ours.
            Iterator<Locale> preferred = context.getRequestHeaderMap().containsKey("Accept-Language")
                ? context.getRequestLocales() : Collections.emptyIterator();
            while (preferred.hasNext()) {
                String language = preferred.next().getLanguage();
                if ("fr".equals(language) || "en".equals(language)) {
                    locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
                    break;
                }
            }
        }
        return locale;
    }

    /** @return the language code for {@code lang} attributes: {@code fr} or {@code en}. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
