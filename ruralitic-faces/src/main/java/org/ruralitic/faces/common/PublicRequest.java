package org.ruralitic.faces.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request to a public page as Faces gets it: without the parameters and the header that Faces reserves for its own
 * forms ({@code jakarta.faces.ViewState}, {@code jakarta.faces.partial.*}, {@code Faces-Request}...).
 * <p>
 * The public pages have no Faces form: a visitor who adds {@code ?jakarta.faces.ViewState=x} to an address would
 * otherwise make Faces restore a view that never existed and fail with a {@code ViewExpiredException}, and a
 * {@code Faces-Request: partial/ajax} header would make it answer a partial response that the page cache could keep
 * for everyone. Hidden, they leave an ordinary GET (or a plain form's POST).
 *
 * @since 0.1
 */
public final class PublicRequest extends HttpServletRequestWrapper {

    private static final String FACES_REQUEST = "Faces-Request";

    private PublicRequest(HttpServletRequest request) {
        super(request);
    }

    /**
     * @param request a request to a public page.
     * @return it without Faces' reserved parameters and header, or itself when it carries none.
     */
    public static HttpServletRequest of(HttpServletRequest request) {
        if (request instanceof PublicRequest) {
            return request;
        }
        boolean reserved = request.getHeader(FACES_REQUEST) != null;
        for (Enumeration<String> names = request.getParameterNames(); !reserved && names.hasMoreElements();) {
            reserved = isReserved(names.nextElement());
        }
        return reserved ? new PublicRequest(request) : request;
    }

    /**
     * @param name a parameter name.
     * @return whether Faces reads it as part of a postback or an Ajax request of its own.
     */
    static boolean isReserved(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("jakarta.faces.") || lower.startsWith("javax.faces.") || lower.equals("jfwid");
    }

    @Override
    public String getParameter(String name) {
        return isReserved(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return isReserved(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> kept = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> {
            if (!isReserved(name)) {
                kept.put(name, values);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String getHeader(String name) {
        return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
            .filter(name -> !FACES_REQUEST.equalsIgnoreCase(name)).toList());
    }
}
