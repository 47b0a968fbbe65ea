package org.ruralitic.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Real image files for the tests: PNG and JPEG drawn and written by ImageIO, WebP headers built by the spec. */
public final class Images {

    private Images() {
    }

    /**
     * @param width the width.
     * @param height the height.
     * @return a PNG of that size.
     */
    public static byte[] png(int width, int height) {
        return write(drawing(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * @param width the width.
     * @param height the height.
     * @return a PNG of random pixels, which compresses badly: about 4 bytes a pixel.
     */
    public static byte[] noisyPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return write(image, "png");
    }

    /**
     * @param width the width.
     * @param height the height.
     * @return a JPEG of that size.
     */
    public static byte[] jpeg(int width, int height) {
        return write(drawing(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /**
     * @param width the width, up to 16384.
     * @param height the height, up to 16384.
     * @return a lossless WebP ({@code VP8L}) of that size: container and header by the spec, the rest filler.
     */
    public static byte[] webpLossless(int width, int height) {
        ByteBuffer data = little(13);
        data.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14 | 1 << 28); // alpha used, version 0
        data.put(new byte[8]);
        return riff(chunk("VP8L", data.array()));
    }

    /**
     * @param width the width, up to 16383.
     * @param height the height, up to 16383.
     * @return a lossy WebP ({@code VP8 }) of that size: key-frame header by the spec, the rest filler.
     */
    public static byte[] webpLossy(int width, int height) {
        ByteBuffer data = little(18);
        data.put(new byte[] {0x10, 0x02, 0x00}); // key frame, version 0, shown, first partition size
        data.put(new byte[] {(byte) 0x9D, 0x01, 0x2A}).putShort((short) width).putShort((short) height);
        data.put(new byte[8]);
        return riff(chunk("VP8 ", data.array()));
    }

    /**
     * @param width the canvas width.
     * @param height the canvas height.
     * @return an extended WebP ({@code VP8X} then a {@code VP8L} image).
     */
    public static byte[] webpExtended(int width, int height) {
        ByteBuffer header = little(10);
        header.put((byte) 0x10).put(new byte[3]); // alpha flag
        header.put(int24(width - 1)).put(int24(height - 1));
        byte[] image = Arrays.copyOfRange(webpLossless(width, height), 12, webpLossless(width, height).length);
        return riff(concat(chunk("VP8X", header.array()), image));
    }

    /**
     * @param bytes a file.
     * @param length how many bytes to keep.
     * @return its beginning.
     */
    public static byte[] truncated(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    private static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        for (int x = 0; x < width; x += 8) {
            graphics.setColor(new Color((x * 37) % 256, (x * 11) % 256, 120));
            graphics.fillRect(x, 0, 8, height);
        }
        graphics.setColor(Color.WHITE);
        graphics.drawOval(0, 0, width - 1, height - 1);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] riff(byte[] chunks) {
        ByteBuffer file = little(12 + chunks.length);
        file.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP")).put(chunks);
        return file.array();
    }

    private static byte[] chunk(String fourCc, byte[] data) {
        int padded = data.length + (data.length & 1);
        ByteBuffer chunk = little(8 + padded);
        chunk.put(ascii(fourCc)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] int24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
