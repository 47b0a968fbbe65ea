package org.ruralitic.faces.common;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a POST sent by another site's page from one sent by ours, without a session or a cookie: browsers say where a
 * POST comes from in {@code Origin} (and, without it, in {@code Sec-Fetch-Site}); it must name the host the request
 * was sent to, or the portal's public address when a proxy rewrites the host.
 * <p>
 * A request with neither header does not come from a browser page, so it cannot be a cross-site forgery: it is left
 * to the other checks (the signed form stamp, the token of a link).
 */
public final class SameOrigin {

    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private SameOrigin() {
    }

    /**
     * @param request a POST.
     * @param publicAddresses the public addresses of the portal from its settings, such as
     *            {@code https://www.cantal.fr}, also accepted as origins.
     * @return whether a browser sent it from a page of another site.
     */
    public static boolean isCrossSite(HttpServletRequest request, Iterable<String> publicAddresses) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
        }
        Optional<String> from = authority(origin.strip());
        if (from.isEmpty()) {
            // "null": a sandboxed frame, a data: URL, a redirect across sites.
            return true;
        }
        String scheme = URI.create(origin.strip()).getScheme();
        String host = request.getHeader("Host");
        if (host != null && authority(scheme + "://" + host.strip()).equals(from)) {
            return false;
        }
        for (String address : publicAddresses) {
            if (authority(address).equals(from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param url an origin or address, such as {@code https://www.cantal.fr} or {@code http://localhost:8080/x}.
     * @return {@code scheme://host:port} with the default port written out, in lower case; empty when it is not one.
     */
    private static Optional<String> authority(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? HTTPS_PORT : HTTP_PORT;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        }
        catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
