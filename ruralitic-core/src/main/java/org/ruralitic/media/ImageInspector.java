package org.ruralitic.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells from its bytes alone whether a file is an image the library accepts, and its size in pixels.
 * <p>
 * JPEG and PNG are decoded whole with the JDK's ImageIO, so that a truncated or damaged file is refused (ImageIO
 * only warns about a JPEG that ends early: a warning refuses it too). The pixel count is read first and bounded,
 * so that a small file declaring a huge image is refused before it is decoded. ImageIO has no WebP reader: the
 * RIFF container is walked chunk by chunk, its sizes must add up to the file's length exactly, and the size in
 * pixels comes from the {@code VP8 }, {@code VP8L} or {@code VP8X} header (WebP container specification).
 *
 * @since 0.2
 */
public final class ImageInspector {

    /** Longest side, in pixels. */
    public static final int MAX_SIDE = 10_000;

    /** Most pixels of an image. */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageInspector() {
    }

    /**
     * @param bytes the whole file.
     * @return its type and size.
     * @throws MediaException {@value MediaException#FILE_REQUIRED} for no bytes, {@value MediaException#FILE_SVG}
     *         for SVG, {@value MediaException#FILE_TYPE} for anything else that is not JPEG, PNG or WebP,
     *         {@value MediaException#FILE_CORRUPT} for one that cannot be read whole,
     *         {@value MediaException#FILE_PIXELS} for too many pixels.
     */
    public static ImageInfo inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaException(MediaException.FILE_REQUIRED);
        }
        if (startsWith(bytes, 0, PNG)) {
            return decoded(ImageType.PNG, "png", bytes);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return decoded(ImageType.JPEG, "jpeg", bytes);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return webp(bytes);
        }
        if (looksLikeSvg(bytes)) {
            throw new MediaException(MediaException.FILE_SVG);
        }
        throw new MediaException(MediaException.FILE_TYPE);
    }

    private static ImageInfo decoded(ImageType type, String format, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkPixels(width, height);
            AtomicBoolean warned = new AtomicBoolean();
            reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
            reader.read(0);
            if (warned.get()) {
                throw new MediaException(MediaException.FILE_CORRUPT);
            }
            return new ImageInfo(type, width, height);
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof MediaException refused) {
                throw refused;
            }
            // ImageIO reports damaged data with IIOException, and sometimes with runtime exceptions of its own.
            throw new MediaException(MediaException.FILE_CORRUPT);
        }
        finally {
            reader.dispose();
        }
    }

    private static ImageInfo webp(byte[] bytes) {
        if (bytes.length < 30 || (long) le32(bytes, 4) + 8 != bytes.length) {
            throw new MediaException(MediaException.FILE_CORRUPT);
        }
        // Every chunk must fit, padded to an even size, and the last one must end the file.
        int offset = 12;
        while (offset < bytes.length) {
            if (offset + 8 > bytes.length) {
                throw new MediaException(MediaException.FILE_CORRUPT);
            }
            long end = offset + 8L + le32(bytes, offset + 4);
            end += end & 1;
            if (end > bytes.length && end - 1 != bytes.length) {
                throw new MediaException(MediaException.FILE_CORRUPT);
            }
            offset = (int) Math.min(end, bytes.length);
        }
        String first = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
        long size = le32(bytes, 16);
        int data = 20;
        int width;
        int height;
        switch (first) {
            case "VP8 " -> {
                // Frame tag (3 bytes, bit 0 clear for a key frame), start code 9D 01 2A, then 14-bit sizes.
                if (size < 10 || (bytes[data] & 1) != 0 || (bytes[data + 3] & 0xFF) != 0x9D
                    || (bytes[data + 4] & 0xFF) != 0x01 || (bytes[data + 5] & 0xFF) != 0x2A) {
                    throw new MediaException(MediaException.FILE_CORRUPT);
                }
                width = le16(bytes, data + 6) & 0x3FFF;
                height = le16(bytes, data + 8) & 0x3FFF;
            }
            case "VP8L" -> {
                // Signature 0x2F, then width - 1 and height - 1 on 14 bits each, then a 3-bit version that is 0.
                long bits = le32(bytes, data + 1);
                if (size < 5 || (bytes[data] & 0xFF) != 0x2F || (bits >>> 29) != 0) {
                    throw new MediaException(MediaException.FILE_CORRUPT);
                }
                width = (int) (bits & 0x3FFF) + 1;
                height = (int) ((bits >>> 14) & 0x3FFF) + 1;
            }
            case "VP8X" -> {
                // Flags, 3 reserved bytes, then canvas width - 1 and height - 1 on 24 bits each.
                if (size != 10) {
                    throw new MediaException(MediaException.FILE_CORRUPT);
                }
                width = le24(bytes, data + 4) + 1;
                height = le24(bytes, data + 7) + 1;
            }
            default -> throw new MediaException(MediaException.FILE_CORRUPT);
        }
        if (width == 0 || height == 0) {
            throw new MediaException(MediaException.FILE_CORRUPT);
        }
        checkPixels(width, height);
        return new ImageInfo(ImageType.WEBP, width, height);
    }

    private static void checkPixels(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new MediaException(MediaException.FILE_PIXELS, width, height);
        }
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
        return start.contains("<svg") || start.contains("image/svg+xml") || start.contains("http://www.w3.org/2000/svg");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int le16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] bytes, int offset) {
        return le16(bytes, offset) | (bytes[offset + 2] & 0xFF) << 16;
    }

    private static long le32(byte[] bytes, int offset) {
        return (le24(bytes, offset) | (long) (bytes[offset + 3] & 0xFF) << 24);
    }
}
