package org.ruralitic.faces.common;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;

/**
 * What every RuraliTIC page needs to know about its request: its template, route, slug and parameters, how to
 * write links, and whether what it shows was found.
 * <p>
 * Parameters come from visitors and are hostile: {@link #param(String)} returns only values that look like a code or
 * a slug, never anything else.
 *
 * @since 0.1
 */
@Named("rtPage")
@RequestScoped
public class Page {

    /** The setting that replaces the default page template with the portal's own. */
    public static final String TEMPLATE = "faces.template";

    /** The default template. */
    public static final String DEFAULT_TEMPLATE = "/ruralitic/layout/default.xhtml";

    /** The setting of the portal's public address, for canonical URLs ({@code https://www.cantal.fr}). */
    public static final String BASE_URL = "base.url";

    private static final Pattern SAFE_VALUE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    @Inject
    Settings settings;

    @Inject
    PageLocale locale;

    private boolean notFound;

    /** @return the Facelets template of the pages: the portal's (setting {@value #TEMPLATE}) or ours. */
    public String getTemplate() {
        return settings.get(TEMPLATE).orElse(DEFAULT_TEMPLATE);
    }

    /** @return the route of the address ({@code home}, {@code articles}, {@code programme}...), for navigation. */
    public String getRoute() {
        Object route = external().getRequestMap().get(Router.ROUTE);
        return route == null ? "" : route.toString();
    }

    /** @return the slug of the address, such as an article's, or {@code null}. */
    public String getSlug() {
        Object slug = external().getRequestMap().get(Router.SLUG);
        return slug == null ? null : slug.toString();
    }

    /**
     * @param name a query parameter.
     * @return its value when it looks like a code, a slug or an ISO date; {@code null} otherwise.
     */
    public String param(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value != null && value.length() <= 80 && SAFE_VALUE.matcher(value).matches() ? value : null;
    }

    /**
     * @param name a query parameter.
     * @param defaultValue the value when it is missing or not a positive number.
     * @return its value as a positive number.
     */
    public int number(String name, int defaultValue) {
        String value = external().getRequestParameterMap().get(name);
        if (value == null || !value.matches("^[0-9]{1,6}$")) {
            return defaultValue;
        }
        return Math.max(1, Integer.parseInt(value));
    }

    /**
     * @param path a path below {@code /ruralitic}, such as {@code /articles}.
     * @return the link to it from any page.
     */
    public String link(String path) {
        String link = external().getRequestContextPath() + Router.BASE + path;
        String language = locale.getExplicitLanguage();
        return language == null ? link : link + (link.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /**
     * @param url an image or page address: absolute, or context-relative when it starts with a single {@code /}.
     * @return the address to put in the page.
     */
    public String asset(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) {
            return url;
        }
        return external().getRequestContextPath() + url;
    }

    /**
     * @param url an address as {@link #asset(String)} takes it.
     * @return the absolute address, for sharing tags and structured data.
     */
    public String absolute(String url) {
        if (url == null || url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return origin() + asset(url);
    }

    /**
     * @param path a context-relative path, such as a calendar's.
     * @return its {@code webcal://} address, which calendar applications open as a subscription.
     */
    public String webcal(String path) {
        return absolute(path).replaceFirst("^https?://", "webcal://");
    }

    /** @return the canonical address of this page: its readable address, without query string. */
    public String getCanonical() {
        String uri = (String) external().getRequestMap().get("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = ((HttpServletRequest) external().getRequest()).getRequestURI();
        }
        return origin() + uri;
    }

    /** Answers 404: what the address names does not exist (or is not public). */
    public void notFound() {
        notFound = true;
        external().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** @return whether the page answers 404. */
    public boolean isNotFound() {
        return notFound;
    }

    private String origin() {
        return HttpCache.origin((HttpServletRequest) external().getRequest(), settings.get(BASE_URL).orElse(null));
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    /** @return the request's query parameters, for pages that keep filters in their links. */
    public Map<String, String> getParams() {
        return external().getRequestParameterMap();
    }
}
