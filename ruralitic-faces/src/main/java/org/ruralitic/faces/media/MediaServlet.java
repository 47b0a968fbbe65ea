package org.ruralitic.faces.media;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.media.MediaFile;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;

/**
 * Serves the images of the media library at {@code /ruralitic/media/<id>-<first 12 hex digits of SHA-256>.<ext>}
 * ({@link MediaItem#path()}): the address changes with the bytes, so browsers and proxies keep a file for a year
 * without asking again. Sent with its real type (from its bytes), {@code X-Content-Type-Options: nosniff} and a
 * sandboxing Content-Security-Policy, so that no file, whatever it holds, can run as a page of the portal.
 * <p>
 * Anything else answers 404: an unknown identifier, a digest or extension that is not the file's, any other path.
 * {@code HEAD} sends the headers without reading the bytes; a revalidation ({@code If-None-Match}) answers 304.
 *
 * @since 0.2
 */
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What a file's address answers with: a year, never revalidated. */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    /** Harmless for images, fatal to anything that would run as a document. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private static final Pattern ADDRESS = Pattern.compile("^/([1-9][0-9]{0,17})-([0-9a-f]{12})\\.(jpg|png|webp)$");

    @Inject
    transient MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<MediaItem> item = item(request.getPathInfo());
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + item.get().sha256() + "\"";
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setDateHeader("Last-Modified", item.get().uploadedAt().toEpochMilli());
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(item.get().contentType());
        response.setContentLength(item.get().byteSize());
        if (withBody) {
            Optional<MediaFile> file = media.file(item.get().id());
            if (file.isEmpty()) { // deleted between the two reads
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.getOutputStream().write(file.get().getContent());
        }
    }

    private Optional<MediaItem> item(String path) {
        Matcher address = ADDRESS.matcher(path == null ? "" : path);
        if (!address.matches()) {
            return Optional.empty();
        }
        return media.find(Long.parseLong(address.group(1)))
            .filter(found -> found.sha256().startsWith(address.group(2)))
            .filter(found -> found.type().extension().equals(address.group(3)));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
