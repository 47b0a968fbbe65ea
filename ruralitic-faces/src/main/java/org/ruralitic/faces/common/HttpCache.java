package org.ruralitic.faces.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a public, anonymous response with a strong {@code ETag} and {@code Cache-Control: no-cache}, or a
 * {@code 304 Not Modified} when the client has it already: clients never show stale content, and a revalidation
 * costs no body. Compressed with gzip for clients that accept it, whatever the server's own settings.
 *
 * @since 0.1
 */
public final class HttpCache {

    // Below this, compression costs more than it saves.
    private static final int MIN_GZIP = 1024;

    private HttpCache() {
    }

    /**
     * @param request the request, for its {@code If-None-Match}.
     * @param response the response, not yet committed.
     * @param body the complete body.
     * @throws IOException when the client is gone.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        boolean compress = body.length > MIN_GZIP && accepts(request, "gzip");
        // A compressed body is another representation: it gets an ETag of its own.
        String etag = "\"" + digest(body) + (compress ? "-gz" : "") + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.addHeader("Vary", "Accept-Language, Accept-Encoding");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = compress ? gzip(body) : body;
        if (compress) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(sent);
        }
    }

    private static boolean accepts(HttpServletRequest request, String encoding) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && Arrays.stream(accepted.split(","))
            .map(part -> part.strip().toLowerCase(Locale.ROOT))
            .anyMatch(part -> part.equals(encoding) || part.startsWith(encoding + ";") && !part.matches(".*q=0(\\.0*)?$"));
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    /**
     * @param request a request.
     * @param baseUrl the portal's public address from the settings, or {@code null}.
     * @return the origin of absolute links: the portal's public address, else the request's scheme, host and port.
     */
    public static String origin(HttpServletRequest request, String baseUrl) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80
            || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /**
     * @param bytes a representation.
     * @return the opaque part of its strong entity tag: a SHA-256 digest, URL-safe base64, 27 characters.
     */
    public static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
