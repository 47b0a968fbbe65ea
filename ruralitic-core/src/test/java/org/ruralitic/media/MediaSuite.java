package org.ruralitic.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;

/**
 * The media library on one database and provider: the bytes written and read back whole, the list newest first,
 * refused uploads leaving nothing behind. Run by {@code PersistenceSuite.Media} on every database and provider. Each
 * test starts with an empty library.
 */
public abstract class MediaSuite {

    private static final Actor AUTHOR = Actor.of("marie", Role.AUTHOR);

    private final Fixture fixture;

    protected MediaSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    @BeforeEach
    void emptyLibrary() {
        fixture.settings().remove(MediaService.MAX_SIZE);
        fixture.inTransaction(services -> services.entityManager().createQuery("DELETE FROM MediaFile m")
            .executeUpdate());
    }

    private MediaItem upload(String name, byte[] bytes, String alt, boolean decorative) {
        return fixture.inTransaction(services -> services.media().upload(AUTHOR, name, bytes, alt, decorative));
    }

    private byte[] content(long id) {
        return fixture.inTransaction(services -> services.media().file(id).orElseThrow().getContent());
    }

    private MediaItem find(long id) {
        return fixture.inTransaction(services -> services.media().find(id).orElseThrow());
    }

    private long rows() {
        return fixture.inTransaction(services -> services.entityManager()
            .createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class).getSingleResult());
    }

    @Test
    void eachAcceptedTypeIsStoredWithTheBytesAndWhatTheySay() throws Exception {
        byte[] jpeg = Images.jpeg(320, 240);
        byte[] png = Images.png(64, 48);
        byte[] webp = Images.webpLossless(300, 200);
        MediaItem photo = upload("C:\\fakepath\\vaches salers.JPG", jpeg, "  Vaches salers au pré  ", false);
        MediaItem logo = upload("logo.png", png, "Logo du Département", false);
        MediaItem banner = upload("bandeau.webp", webp, null, true);

        MediaFile stored = fixture.inTransaction(services -> services.media().file(photo.id()).orElseThrow());
        assertThat(stored.getContent()).isEqualTo(jpeg);
        assertThat(stored.getContentType()).isEqualTo("image/jpeg");
        assertThat(stored.getFileName()).isEqualTo("vaches salers.JPG");
        assertThat(stored.getByteSize()).isEqualTo(jpeg.length);
        assertThat(stored.getWidth()).isEqualTo(320);
        assertThat(stored.getHeight()).isEqualTo(240);
        assertThat(stored.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
        assertThat(stored.getAltText()).isEqualTo("Vaches salers au pré");
        assertThat(stored.isDecorative()).isFalse();
        assertThat(stored.getUploadedBy()).isEqualTo("marie");
        assertThat(stored.getUploadedAt()).isEqualTo(NOW);
        assertThat(content(logo.id())).isEqualTo(png);
        MediaFile webpFile = fixture.inTransaction(services -> services.media().file(banner.id()).orElseThrow());
        assertThat(webpFile.getContent()).isEqualTo(webp);
        assertThat(webpFile.getContentType()).isEqualTo("image/webp");
        assertThat(webpFile.isDecorative()).isTrue();
        assertThat(webpFile.getAltText()).isEmpty();
        assertThat(photo.path()).isEqualTo("/ruralitic/media/" + photo.id() + "-" + stored.getSha256().substring(0, 12) + ".jpg");
        assertThat(banner.path()).endsWith(".webp");
        List<AuditAction> audited = fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT e.action FROM AuditEntry e WHERE e.subjectType = 'media' AND e.subjectId = :id", AuditAction.class)
            .setParameter("id", photo.id()).getResultList());
        assertThat(audited).containsExactly(AuditAction.UPLOAD);
    }

    @Test
    void aFileOfSeveralMegabytesIsReadBackWhole() {
        byte[] padded = Images.noisyPng(1200, 900); // noise does not compress: a few megabytes
        assertThat(padded.length).isGreaterThan(2 * 1024 * 1024);
        MediaItem item = upload("grand.png", padded, "Grande image", false);
        assertThat(content(item.id())).isEqualTo(padded);
    }

    @Test
    void theListIsNewestFirstPaginatedWithoutTheBytes() {
        for (int i = 0; i < 5; i++) {
            int minute = i;
            fixture.inTransaction(clockAt(NOW.plusSeconds(60L * minute)), services -> services.media()
                .upload(AUTHOR, "image" + minute + ".png", Images.png(10 + minute, 10), "Image " + minute, false));
        }
        PageResult<MediaItem> first = fixture.inTransaction(services -> services.media().list(AUTHOR, PageRequest.of(1, 2)));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.items()).extracting(MediaItem::fileName).containsExactly("image4.png", "image3.png");
        assertThat(first.items().get(0).width()).isEqualTo(14);
        assertThat(first.items().get(0).uploadedAt()).isEqualTo(NOW.plusSeconds(240));
        PageResult<MediaItem> last = fixture.inTransaction(services -> services.media().list(AUTHOR, PageRequest.of(3, 2)));
        assertThat(last.items()).extracting(MediaItem::fileName).containsExactly("image0.png");
        assertThat(find(last.items().get(0).id()).altText()).isEqualTo("Image 0");
    }

    @Test
    void theAltTextCanBeChangedAndAnImageMadeDecorative() {
        MediaItem item = upload("a.png", Images.png(8, 8), "Avant", false);
        fixture.inTransaction(services -> services.media().describe(AUTHOR, item.id(), "Après", false));
        assertThat(find(item.id()).altText()).isEqualTo("Après");
        fixture.inTransaction(services -> services.media().describe(AUTHOR, item.id(), "ignoré", true));
        MediaItem decorative = find(item.id());
        assertThat(decorative.decorative()).isTrue();
        assertThat(decorative.altText()).isEmpty();
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.media().describe(AUTHOR, item.id(), " ", false)))
            .isInstanceOf(MediaException.class).hasFieldOrPropertyWithValue("key", MediaException.ALT_REQUIRED);
    }

    @Test
    void disguisedDamagedAndOversizedUploadsAreRefusedAndStoreNothing() {
        byte[] png = Images.png(200, 100);
        List<byte[]> refused = List.of(
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
            Images.truncated(png, png.length / 2),
            new byte[50 * 1024 * 1024]);
        List<String> keys = List.of(MediaException.FILE_TYPE, MediaException.FILE_SVG, MediaException.FILE_CORRUPT,
            MediaException.FILE_TOO_LARGE);
        for (int i = 0; i < refused.size(); i++) {
            byte[] bytes = refused.get(i);
            assertThatThrownBy(() -> upload("photo.png", bytes, "Une photo", false)).isInstanceOf(MediaException.class)
                .hasFieldOrPropertyWithValue("key", keys.get(i));
        }
        assertThatThrownBy(() -> upload("photo.png", png, "  ", false)).isInstanceOf(MediaException.class)
            .hasFieldOrPropertyWithValue("key", MediaException.ALT_REQUIRED);
        assertThatThrownBy(() -> upload("photo.png", png, "x".repeat(301), false)).isInstanceOf(MediaException.class)
            .hasFieldOrPropertyWithValue("key", MediaException.ALT_TOO_LONG);
        assertThat(rows()).isZero();
    }

    @Test
    void theSizeLimitComesFromTheSetting() {
        byte[] png = Images.png(300, 300);
        fixture.settings().put(MediaService.MAX_SIZE, "1KB");
        MediaException tooLarge = (MediaException) assertThatThrownBy(() -> upload("p.png", png, "P", false))
            .isInstanceOf(MediaException.class).actual();
        assertThat(tooLarge.getMessage(java.util.Locale.FRENCH)).contains("la limite est de 1 KB");
        fixture.settings().put(MediaService.MAX_SIZE, Integer.toString(png.length));
        assertThat(upload("p.png", png, "P", false).byteSize()).isEqualTo(png.length);
    }

    @Test
    void onlyAuthorsUpload() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.media()
            .upload(Actor.ANONYMOUS, "a.png", Images.png(4, 4), "A", false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.media()
            .list(Actor.of("visiteur"), PageRequest.of(1, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.inTransaction(services -> services.media()
            .upload(Actor.of("chef", Role.EDITOR), "a.png", Images.png(4, 4), "A", false)).uploadedBy()).isEqualTo("chef");
    }
}
