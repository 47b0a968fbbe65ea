/**
 * The media library: images editors upload (JPEG, PNG, WebP), checked from their bytes, stored in the library's own
 * table {@code rt_media} and reused by articles, partner logos and speaker photos.
 * <p>
 * Serving the files over HTTP and the library's admin page belong to {@code ruralitic-faces}.
 */
package org.ruralitic.media;
