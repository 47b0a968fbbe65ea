package org.ruralitic.media;

/**
 * The image formats the library accepts, recognised from their first bytes (never from a name or a declared type).
 *
 * @since 0.2
 */
public enum ImageType {

    /** JPEG (JFIF, Exif). */
    JPEG("image/jpeg", "jpg"),

    /** PNG. */
    PNG("image/png", "png"),

    /** WebP, lossy (VP8), lossless (VP8L) or extended (VP8X). */
    WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** @return the media type, such as {@code image/png}. */
    public String contentType() {
        return contentType;
    }

    /** @return the file extension of the public address, such as {@code png}. */
    public String extension() {
        return extension;
    }

    /**
     * @param contentType a media type as stored.
     * @return its image type.
     * @throws IllegalArgumentException for another type.
     */
    public static ImageType ofContentType(String contentType) {
        for (ImageType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not an accepted image type: " + contentType);
    }
}
