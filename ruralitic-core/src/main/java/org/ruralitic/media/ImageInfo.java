package org.ruralitic.media;

/**
 * What the bytes of an accepted image say about it.
 *
 * @param type its format.
 * @param width its width in pixels.
 * @param height its height in pixels.
 * @since 0.2
 */
public record ImageInfo(ImageType type, int width, int height) {
}
