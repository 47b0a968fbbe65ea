package org.ruralitic.faces.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
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

    // Caches may keep it, but must ask again before each use.
    private static final String SHARED = "no-cache";

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
        boolean compress = worthCompressing(body) && accepts(request, "gzip");
        // A compressed body is another representation: it gets an ETag of its own.
        String etag = "\"" + digest(body) + (compress ? "-gz" : "") + "\"";
        send(request, response, etag, compress, SHARED, () -> compress ? gzip(body) : body);
    }

    /**
     * Sends a page rendered for one visitor (a visitor with a session, whose template may show their name): with an
     * entity tag for their own cache ({@code private}), compressed only when they accept it and at the fastest level,
     * since it is done for each of their requests.
     *
     * @param request the request, for its {@code If-None-Match} and {@code Accept-Encoding}.
     * @param response the response, not yet committed.
     * @param body the complete body.
     * @throws IOException when the client is gone.
     */
    public static void sendPrivate(HttpServletRequest request, HttpServletResponse response, byte[] body)
        throws IOException {
        boolean compress = worthCompressing(body) && accepts(request, "gzip");
        // For one visitor's own revalidations: two fast checksums and the length, not a digest on every request.
        CRC32C crc = new CRC32C();
        crc.update(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        String etag = "\"p" + Long.toString(crc.getValue(), 36) + Long.toString(adler.getValue(), 36) + "-"
            + Integer.toString(body.length, 36) + (compress ? "-gz" : "") + "\"";
        send(request, response, etag, compress, "private, " + SHARED,
            () -> compress ? gzip(body, Deflater.BEST_SPEED) : body);
    }

    /**
     * Sends a representation prepared beforehand: what a page cache keeps, so that serving it again costs neither a
     * digest nor a compression.
     *
     * @param request the request, for its {@code If-None-Match} and {@code Accept-Encoding}.
     * @param response the response, not yet committed.
     * @param prepared the body, its compressed form and their entity tags.
     * @param shared whether it is the same for every visitor; if not ({@code private}), no shared cache may keep it.
     * @throws IOException when the client is gone.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, Prepared prepared,
        boolean shared) throws IOException {
        boolean compress = worthCompressing(prepared.body()) && accepts(request, "gzip");
        send(request, response, compress ? prepared.gzipEtag() : prepared.etag(), compress,
            shared ? SHARED : "private, " + SHARED, () -> compress ? prepared.gzipped() : prepared.body());
    }

    /**
     * Sends a body made for this request alone (it holds {@link FreshValues}): no cache may keep it, so it has no
     * entity tag; compressed for clients that accept it, at the fastest level, since this is done on every request.
     *
     * @param request the request, for its {@code Accept-Encoding}.
     * @param response the response, not yet committed.
     * @param body the complete body.
     * @throws IOException when the client is gone.
     */
    public static void sendUnshared(HttpServletRequest request, HttpServletResponse response, byte[] body)
        throws IOException {
        boolean compress = worthCompressing(body) && accepts(request, "gzip");
        response.setHeader("Cache-Control", "no-store");
        response.addHeader("Vary", "Accept-Language, Accept-Encoding");
        write(request, response, compress ? gzip(body, Deflater.BEST_SPEED) : body, compress);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String etag, boolean compress,
        String cacheControl, Body body) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.addHeader("Vary", "Accept-Language, Accept-Encoding");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, body.bytes(), compress);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, byte[] sent,
        boolean compressed) throws IOException {
        if (compressed) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(sent);
        }
    }

    /** The bytes to send, computed only once the answer is known not to be a 304. */
    @FunctionalInterface
    private interface Body {
        byte[] bytes() throws IOException;
    }

    /**
     * A body ready to be sent many times: with its entity tag, and compressed (with a tag of its own) when it is
     * worth it. The compressed form is made when a client first accepts it, not with the body: a page rendered anew
     * and replaced before any such visit (a render for a client that does not accept gzip) never pays for it
     * (gzip at the default level: about 0.2 ms for the 17 KB of the edition home, whose render takes 4 to 6 ms of
     * processor time here).
     */
    public static final class Prepared {

        private final byte[] body;
        private final String etag;
        // Computed at most a few times at once by racing visitors, and the same bytes each time.
        private volatile byte[] gzipped;

        private Prepared(byte[] body, String etag) {
            this.body = body;
            this.etag = etag;
        }

        /**
         * @param body a complete body.
         * @return it prepared: digested, and to be compressed when it is worth it.
         */
        public static Prepared of(byte[] body) {
            return new Prepared(body, "\"" + digest(body) + "\"");
        }

        /** @return the body. */
        public byte[] body() {
            return body;
        }

        /** @return its strong entity tag, quoted. */
        public String etag() {
            return etag;
        }

        /** @return its gzip form, compressed on the first call; {@code null} when too small to gain from it. */
        public byte[] gzipped() {
            if (!worthCompressing(body)) {
                return null;
            }
            byte[] compressed = gzipped;
            if (compressed == null) {
                try {
                    compressed = gzip(body);
                }
                catch (IOException e) {
                    throw new UncheckedIOException("compression in memory", e);
                }
                gzipped = compressed;
            }
            return compressed;
        }

        /** @return the entity tag of the gzip form, quoted; {@code null} when there is none. */
        public String gzipEtag() {
            return !worthCompressing(body) ? null : etag.substring(0, etag.length() - 1) + "-gz\"";
        }
    }

    /**
     * Compares entity tags leniently: a malformed {@code If-None-Match} ({@code "abc}, {@code W/"abc}, a lone comma)
     * names no tag and is ignored, as RFC 9110 lets a server do, instead of failing the request.
     *
     * @param ifNoneMatch the values of the {@code If-None-Match} headers, or {@code null}.
     * @param etag the current strong entity tag, quoted.
     * @return whether one of them names it (weak comparison, RFC 9110 13.1.2) or is {@code *}.
     */
    public static boolean matches(Collection<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String value = candidate.strip();
                if (value.equals("*") || value.equals(etag) || value.equals("W/" + etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean accepts(HttpServletRequest request, String encoding) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && Arrays.stream(accepted.split(","))
            .map(part -> part.strip().toLowerCase(Locale.ROOT))
            .anyMatch(part -> part.equals(encoding) || part.startsWith(encoding + ";") && !part.matches(".*q=0(\\.0*)?$"));
    }

    private static boolean worthCompressing(byte[] body) {
        return body.length > MIN_GZIP;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        return gzip(body, Deflater.DEFAULT_COMPRESSION);
    }

    private static byte[] gzip(byte[] body, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
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
