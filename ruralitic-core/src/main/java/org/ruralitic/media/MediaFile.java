package org.ruralitic.media;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;

/**
 * An image of the media library: its bytes, checked when uploaded, what they say (type, size in pixels, SHA-256
 * digest), its alternative text, and who uploaded it when.
 * <p>
 * The bytes are an ordinary column (no {@code @Lob}): Hibernate maps a {@code @Lob byte[]} to PostgreSQL's large
 * objects ({@code oid}), EclipseLink to {@code bytea}; a plain {@code byte[]} is read and written whole by both,
 * on H2, PostgreSQL and MariaDB alike. Lists read {@link MediaItem}s, which leave the bytes in the database.
 *
 * @since 0.2
 */
@Entity
@Table(name = "rt_media")
@NamedQuery(name = MediaFile.COUNT, query = "SELECT COUNT(m) FROM MediaFile m")
@NamedQuery(name = MediaFile.ITEMS, query = "SELECT NEW org.ruralitic.media.MediaItem(m.id, m.fileName,"
    + " m.contentType, m.byteSize, m.width, m.height, m.sha256, m.altText, m.decorative, m.uploadedBy, m.uploadedAt)"
    + " FROM MediaFile m ORDER BY m.uploadedAt DESC, m.id DESC")
@NamedQuery(name = MediaFile.ITEM, query = "SELECT NEW org.ruralitic.media.MediaItem(m.id, m.fileName,"
    + " m.contentType, m.byteSize, m.width, m.height, m.sha256, m.altText, m.decorative, m.uploadedBy, m.uploadedAt)"
    + " FROM MediaFile m WHERE m.id = :id")
public class MediaFile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The number of images. */
    public static final String COUNT = "MediaFile.count";

    /** The images without their bytes, newest first. */
    public static final String ITEMS = "MediaFile.findItems";

    /** One image without its bytes; parameter {@code id}. */
    public static final String ITEM = "MediaFile.findItem";

    /** Longest file name kept. */
    public static final int MAX_FILE_NAME = 255;

    /** Longest alternative text. */
    public static final int MAX_ALT = 300;

    @NotBlank
    @Size(max = MAX_FILE_NAME)
    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @NotBlank
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @NotNull
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(nullable = false, length = 64)
    private String sha256;

    @NotNull
    @Size(max = MAX_ALT)
    @Column(name = "alt_text", nullable = false, length = MAX_ALT)
    private String altText;

    @Column(nullable = false)
    private boolean decorative;

    @NotBlank
    @Size(max = 254)
    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @NotNull
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MediaFile() {
    }

    /**
     * @param fileName the name the file had on the uploader's computer (shown, never trusted).
     * @param info what its bytes say: type and size.
     * @param content the bytes, checked.
     * @param sha256 their SHA-256 digest, lower-case hexadecimal.
     * @param uploadedBy the user name of the uploader.
     * @param uploadedAt when.
     */
    public MediaFile(String fileName, ImageInfo info, byte[] content, String sha256, String uploadedBy,
        Instant uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName, "fileName is required");
        this.contentType = Objects.requireNonNull(info, "info is required").type().contentType();
        this.content = Objects.requireNonNull(content, "content is required").clone();
        this.byteSize = content.length;
        this.width = info.width();
        this.height = info.height();
        this.sha256 = Objects.requireNonNull(sha256, "sha256 is required");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy is required");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt is required");
        this.altText = "";
        this.decorative = true;
    }

    /**
     * Says what the image shows, or that it shows nothing that matters.
     *
     * @param alt the alternative text; ignored for a decorative image.
     * @param isDecorative whether the image is decorative (an empty {@code alt} on pages).
     */
    public void describe(String alt, boolean isDecorative) {
        this.decorative = isDecorative;
        this.altText = isDecorative ? "" : Objects.requireNonNull(alt, "alt is required");
    }

    /** @return the name the file had when uploaded. */
    public String getFileName() {
        return fileName;
    }

    /** @return the media type, from the bytes: {@code image/jpeg}, {@code image/png} or {@code image/webp}. */
    public String getContentType() {
        return contentType;
    }

    /** @return a copy of the bytes. */
    public byte[] getContent() {
        return content.clone();
    }

    /** @return the number of bytes. */
    public int getByteSize() {
        return byteSize;
    }

    /** @return the width in pixels. */
    public int getWidth() {
        return width;
    }

    /** @return the height in pixels. */
    public int getHeight() {
        return height;
    }

    /** @return the SHA-256 digest of the bytes, lower-case hexadecimal. */
    public String getSha256() {
        return sha256;
    }

    /** @return the alternative text, empty for a decorative image. */
    public String getAltText() {
        return altText;
    }

    /** @return whether the image is decorative. */
    public boolean isDecorative() {
        return decorative;
    }

    /** @return the user name of the uploader. */
    public String getUploadedBy() {
        return uploadedBy;
    }

    /** @return when it was uploaded. */
    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** @return the image without its bytes, with its public path. */
    public MediaItem toItem() {
        return new MediaItem(getId(), fileName, contentType, byteSize, width, height, sha256, altText, decorative,
            uploadedBy, uploadedAt);
    }
}
