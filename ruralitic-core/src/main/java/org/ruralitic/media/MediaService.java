package org.ruralitic.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;

/**
 * The media library: uploads images after checking their bytes, lists them, says what they show.
 * <p>
 * An upload is refused with a {@link MediaException}, and nothing is stored, when the file is empty, larger than
 * {@value #MAX_SIZE} (default 5 MB), not a JPEG, PNG or WebP image judged from its bytes (an SVG gets its own
 * message: we do not sanitise SVG), truncated or damaged, or has no alternative text without being decorative.
 * Uploading and describing need {@link Role#AUTHOR}; reading needs nothing, as the files are public once used.
 *
 * <h2>Usage</h2>
 * <pre>
 * MediaItem item = media.upload(actor, "vaches.jpg", bytes, "Vaches salers au pré", false);
 * ArticleBlock.image(item.path(), item.altText(), "Au pré, à Salers");
 * </pre>
 *
 * @since 0.2
 */
@ApplicationScoped
@Transactional
public class MediaService {

    /**
     * The setting of the largest upload: bytes, or a number with {@code KB} or {@code MB} (of 1024); default
     * {@value #DEFAULT_MAX_SIZE} bytes.
     */
    public static final String MAX_SIZE = "media.max.size";

    /** The largest upload unless {@value #MAX_SIZE} says otherwise: 5 MB. */
    public static final int DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(MediaService.class.getName());
    private static final String UPLOADED = "Image {0} ({1}, {2} bytes) uploaded by {3}";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected MediaService() {
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     * @param clock the clock of upload times.
     * @param settings the settings, for {@value #MAX_SIZE}.
     * @param audit the audit log, on the same entity manager.
     */
    public MediaService(EntityManager entityManager, Clock clock, Settings settings, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * @param actor who uploads; needs {@link Role#AUTHOR}.
     * @param fileName the name of the file on the uploader's computer (kept for the list, never trusted).
     * @param bytes the file.
     * @param alt what the image shows, for people who cannot see it; may be empty if {@code decorative}.
     * @param decorative whether the image adds nothing to the text (pages give it an empty {@code alt}).
     * @return the stored image.
     * @throws MediaException when the file or its description cannot be accepted; nothing is stored.
     * @throws org.ruralitic.access.AccessDeniedException without the role.
     */
    public MediaItem upload(@NotNull Actor actor, String fileName, byte[] bytes, String alt, boolean decorative) {
        actor.require(Role.AUTHOR);
        if (bytes == null || bytes.length == 0) {
            throw new MediaException(MediaException.FILE_REQUIRED);
        }
        checkSize(bytes.length);
        ImageInfo info = ImageInspector.inspect(bytes);
        String description = description(alt, decorative);
        MediaFile file = new MediaFile(fileName(fileName, info), info, bytes, sha256(bytes), actor.name(),
            clock.instant());
        file.describe(description, decorative);
        entityManager.persist(file);
        entityManager.flush();
        audit.record(actor, AuditAction.UPLOAD, "media", file.getId(), file.getFileName());
        LOG.log(System.Logger.Level.INFO, UPLOADED, file.getId(), info.type(), bytes.length, actor.name());
        return file.toItem();
    }

    /**
     * @param actor who reads the library; needs {@link Role#AUTHOR}.
     * @param page which page.
     * @return the images without their bytes, newest first (two SQL statements).
     */
    public PageResult<MediaItem> list(@NotNull Actor actor, @NotNull PageRequest page) {
        actor.require(Role.AUTHOR);
        long total = entityManager.createNamedQuery(MediaFile.COUNT, Long.class).getSingleResult();
        List<MediaItem> items = entityManager.createNamedQuery(MediaFile.ITEMS, MediaItem.class)
            .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * @param id an identifier, possibly from a URL.
     * @return the image without its bytes.
     */
    public Optional<MediaItem> find(long id) {
        return Persistence.single(entityManager.createNamedQuery(MediaFile.ITEM, MediaItem.class)
            .setParameter("id", id));
    }

    /**
     * @param id an identifier, possibly from a URL.
     * @return the image with its bytes, for serving it.
     */
    public Optional<MediaFile> file(long id) {
        return Optional.ofNullable(entityManager.find(MediaFile.class, id));
    }

    /**
     * @param actor who changes the description; needs {@link Role#AUTHOR}.
     * @param id the image.
     * @param alt what the image shows; may be empty if {@code decorative}.
     * @param decorative whether the image is decorative.
     * @return the image as now described.
     * @throws MediaException {@value MediaException#NOT_FOUND}, or for a missing or too long text.
     */
    public MediaItem describe(@NotNull Actor actor, long id, String alt, boolean decorative) {
        actor.require(Role.AUTHOR);
        String description = description(alt, decorative);
        MediaFile file = file(id).orElseThrow(() -> new MediaException(MediaException.NOT_FOUND));
        file.describe(description, decorative);
        return file.toItem();
    }

    // Content files (issue 12: the site's export and its import)

    /**
     * @param bytes the bytes of a file.
     * @return the image of the library that has these bytes, if one has; the oldest if several have.
     * @since 0.3
     */
    public Optional<MediaItem> findByContent(@NotNull byte[] bytes) {
        return Persistence.single(entityManager.createQuery(
            "SELECT m.id FROM MediaFile m WHERE m.sha256 = :sha256 ORDER BY m.id", Long.class)
            .setParameter("sha256", sha256(bytes)).setMaxResults(1)).flatMap(this::find);
    }

    /**
     * Stores an image read from a content file (the importer first looks for the same bytes with
     * {@link #findByContent(byte[])}, so that importing a file twice stores it once). For
     * {@link org.ruralitic.content.ContentImporter}, which runs with the trust of the deployment (at start-up, or
     * called by the portal's code): no role is checked and no audit entry is written; the bytes are checked as an
     * upload's are.
     *
     * @param fileName the name it had when uploaded.
     * @param bytes the file.
     * @param alt what the image shows; may be empty if {@code decorative}.
     * @param decorative whether the image is decorative.
     * @param uploadedBy who uploaded it first.
     * @param uploadedAt when.
     * @return the stored image.
     * @throws MediaException when the file or its description cannot be accepted; nothing is stored.
     * @since 0.3
     */
    public MediaItem restore(String fileName, byte[] bytes, String alt, boolean decorative, @NotNull String uploadedBy,
        @NotNull Instant uploadedAt) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaException(MediaException.FILE_REQUIRED);
        }
        ImageInfo info = ImageInspector.inspect(bytes);
        String description = description(alt, decorative);
        MediaFile file = new MediaFile(fileName(fileName, info), info, bytes, sha256(bytes), uploadedBy, uploadedAt);
        file.describe(description, decorative);
        entityManager.persist(file);
        entityManager.flush();
        return file.toItem();
    }

    /**
     * Lets a form refuse a file by its announced size before reading it.
     *
     * @param size the size of a file, in bytes.
     * @throws MediaException {@value MediaException#FILE_TOO_LARGE} above {@link #maxSize()}.
     */
    public void checkSize(long size) {
        int limit = maxSize();
        if (size > limit) {
            throw new MediaException(MediaException.FILE_TOO_LARGE, readable(size), readable(limit));
        }
    }

    /** @return {@link #maxSize()} for people: "5.0 MB". */
    public String maxSizeText() {
        return readable(maxSize());
    }

    /** @return the largest upload, in bytes. */
    public int maxSize() {
        return settings.get(MAX_SIZE).map(MediaService::parseSize).orElse(DEFAULT_MAX_SIZE);
    }

    static int parseSize(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long factor = 1;
        if (upper.endsWith("MB")) {
            factor = 1024L * 1024;
            upper = upper.substring(0, upper.length() - 2);
        }
        else if (upper.endsWith("KB")) {
            factor = 1024;
            upper = upper.substring(0, upper.length() - 2);
        }
        long size = Long.parseLong(upper) * factor;
        if (size <= 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(MAX_SIZE + " must be between 1 byte and 2 GB: " + value);
        }
        return (int) size;
    }

    private static String description(String alt, boolean decorative) {
        if (decorative) {
            return "";
        }
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty()) {
            throw new MediaException(MediaException.ALT_REQUIRED);
        }
        if (text.length() > MediaFile.MAX_ALT) {
            throw new MediaException(MediaException.ALT_TOO_LONG);
        }
        return text;
    }

    // Browsers send a bare name, old ones a whole path ("C:\fakepath\x.png"): keep the last segment, printable.
    private static String fileName(String submitted, ImageInfo info) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "image." + info.type().extension();
        }
        return name.length() > MediaFile.MAX_FILE_NAME ? name.substring(0, MediaFile.MAX_FILE_NAME) : name;
    }

    private static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
            : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
