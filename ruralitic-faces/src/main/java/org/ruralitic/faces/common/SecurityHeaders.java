package org.ruralitic.faces.common;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;

/**
 * Puts the headers by which a page defends itself on everything the library sends below {@value Router#BASE}:
 * {@code X-Content-Type-Options: nosniff} and a {@code Referrer-Policy} everywhere, and on the public pages a
 * Content-Security-Policy. With the default template the pages need no inline code, so the policy is strict (no
 * {@code unsafe-inline}); a portal with a template of its own sets the policy its template needs with the setting
 * {@value #CSP_SETTING} (none is sent otherwise), and {@code off} sends none.
 *
 * @since 0.1
 */
public class SecurityHeaders implements Filter {

    /** The setting of the Content-Security-Policy of the public pages. */
    public static final String CSP_SETTING = "security.csp";

    /** The policy of the pages of the default template: nothing inline, nothing from elsewhere but images. */
    public static final String STRICT_CSP = "default-src 'self'; img-src 'self' https: data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The referrer policy: other sites learn the origin of a link they are sent to, never its path or query. */
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private String policy;

    @Override
    public void init(FilterConfig config) {
        Settings settings = new Settings(Settings.sources(config.getServletContext().getClassLoader()));
        boolean ownTemplate = settings.get(Page.TEMPLATE).filter(template -> !Page.DEFAULT_TEMPLATE.equals(template))
            .isPresent();
        String configured = settings.get(CSP_SETTING).map(String::strip).orElse(null);
        if (configured != null) {
            policy = configured.isEmpty() || "off".equalsIgnoreCase(configured) ? null : configured;
        }
        else {
            policy = ownTemplate ? null : STRICT_CSP;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException,
        ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        if (policy != null && isPage(request)) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }

    /** @return whether the request is for a public page of the library (a route or a newsletter page). */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String below = path.length() > Router.BASE.length() ? path.substring(Router.BASE.length()) : "/";
        return Router.match(below).isPresent() || below.startsWith("/newsletter");
    }
}
