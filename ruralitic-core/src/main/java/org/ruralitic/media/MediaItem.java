package org.ruralitic.media;

import java.io.Serializable;
import java.time.Instant;

/**
 * An image of the media library without its bytes: what lists and pages need, with its public address.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;img src="#{request.contextPath}#{item.path()}" width="#{item.width()}" height="#{item.height()}" alt="#{item.altText()}"/&gt;
 * </pre>
 *
 * @param id the identifier.
 * @param fileName the name the file had when uploaded.
 * @param contentType its media type, from the bytes.
 * @param byteSize its number of bytes.
 * @param width its width in pixels.
 * @param height its height in pixels.
 * @param sha256 the SHA-256 digest of its bytes, lower-case hexadecimal.
 * @param altText its alternative text, empty for a decorative image.
 * @param decorative whether it is decorative.
 * @param uploadedBy the uploader's user name.
 * @param uploadedAt when it was uploaded.
 * @since 0.2
 */
public record MediaItem(Long id, String fileName, String contentType, int byteSize, int width, int height,
    String sha256, String altText, boolean decorative, String uploadedBy, Instant uploadedAt) implements Serializable {

    /** Where the files are served, under the portal's context. */
    public static final String PREFIX = "/ruralitic/media/";

    /** How many characters of the digest the address carries. */
    public static final int DIGEST_IN_PATH = 12;

    /** @return its type. */
    public ImageType type() {
        return ImageType.ofContentType(contentType);
    }

    /**
     * @return its address under the portal's context, which changes with its bytes and may therefore be cached for
     *         ever: {@code /ruralitic/media/42-0123456789ab.png}.
     */
    public String path() {
        return PREFIX + fileSegment();
    }

    /** @return the last segment of {@link #path()}: {@code 42-0123456789ab.png}. */
    public String fileSegment() {
        return id + "-" + sha256.substring(0, DIGEST_IN_PATH) + "." + type().extension();
    }
}
