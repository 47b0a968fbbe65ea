package org.ruralitic.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The type and size of uploads, read from their bytes alone; disguised, damaged and oversized files refused. */
class ImageInspectorTest {

    @Test
    void pngJpegAndWebpAreRecognisedWithTheirSize() {
        assertThat(ImageInspector.inspect(Images.png(64, 48))).isEqualTo(new ImageInfo(ImageType.PNG, 64, 48));
        assertThat(ImageInspector.inspect(Images.jpeg(120, 90))).isEqualTo(new ImageInfo(ImageType.JPEG, 120, 90));
        assertThat(ImageInspector.inspect(Images.webpLossless(300, 200))).isEqualTo(new ImageInfo(ImageType.WEBP, 300, 200));
        assertThat(ImageInspector.inspect(Images.webpLossy(640, 427))).isEqualTo(new ImageInfo(ImageType.WEBP, 640, 427));
        assertThat(ImageInspector.inspect(Images.webpExtended(1920, 1080))).isEqualTo(new ImageInfo(ImageType.WEBP, 1920, 1080));
    }

    @Test
    void htmlNamedPngIsNotAnImage() {
        refused("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
            MediaException.FILE_TYPE);
        refused("GIF89a....".getBytes(StandardCharsets.US_ASCII), MediaException.FILE_TYPE);
        refused("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), MediaException.FILE_TYPE);
    }

    @Test
    void svgWithAScriptIsRefusedWithItsOwnMessage() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
        MediaException refused = refused(svg, MediaException.FILE_SVG);
        assertThat(refused.getMessage(Locale.ENGLISH)).contains("SVG").contains("PNG or WebP");
        assertThat(refused.getMessage(Locale.FRENCH)).contains("Les images SVG ne sont pas acceptées");
        refused("\uFEFF  <svg><rect/></svg>".getBytes(StandardCharsets.UTF_8), MediaException.FILE_SVG);
    }

    @Test
    void truncatedImagesAreRefused() {
        byte[] png = Images.png(200, 150);
        refused(Images.truncated(png, png.length / 2), MediaException.FILE_CORRUPT);
        refused(Images.truncated(png, 40), MediaException.FILE_CORRUPT);
        byte[] jpeg = Images.jpeg(200, 150);
        refused(Images.truncated(jpeg, jpeg.length / 2), MediaException.FILE_CORRUPT);
        refused(Images.truncated(jpeg, 3), MediaException.FILE_CORRUPT);
        byte[] webp = Images.webpLossless(20, 20);
        refused(Images.truncated(webp, webp.length - 4), MediaException.FILE_CORRUPT);
        refused(Images.truncated(webp, 16), MediaException.FILE_CORRUPT);
    }

    @Test
    void damagedImagesAreRefused() {
        byte[] png = Images.png(100, 100);
        Arrays.fill(png, png.length / 2, png.length / 2 + 64, (byte) 0x55);
        refused(png, MediaException.FILE_CORRUPT);
        byte[] webp = Images.webpLossless(20, 20);
        webp[20] = 0x00; // not the VP8L signature
        refused(webp, MediaException.FILE_CORRUPT);
        byte[] unknownChunk = Images.webpLossless(20, 20);
        unknownChunk[15] = 'X';
        refused(unknownChunk, MediaException.FILE_CORRUPT);
        byte[] trailing = Arrays.copyOf(Images.webpLossless(20, 20), Images.webpLossless(20, 20).length + 100);
        refused(trailing, MediaException.FILE_CORRUPT);
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
        refused(Images.webpLossless(16384, 16384), MediaException.FILE_PIXELS);
        byte[] png = Images.png(10, 10);
        // IHDR width at offset 16: a 100 000-pixel-wide header on a tiny file (a decompression bomb's shape).
        png[16] = 0;
        png[17] = 1;
        png[18] = (byte) 0x86;
        png[19] = (byte) 0xA0;
        MediaException refused = refused(png, MediaException.FILE_PIXELS);
        assertThat(refused.getMessage(Locale.ENGLISH)).contains("100,000 × 10");
    }

    @Test
    void noBytesIsNoFile() {
        refused(new byte[0], MediaException.FILE_REQUIRED);
        refused(null, MediaException.FILE_REQUIRED);
    }

    private static MediaException refused(byte[] bytes, String key) {
        return (MediaException) assertThatThrownBy(() -> ImageInspector.inspect(bytes))
            .isInstanceOf(MediaException.class).hasFieldOrPropertyWithValue("key", key).actual();
    }
}
