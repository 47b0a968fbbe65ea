/**
 * The media library on the web: the servlet that serves images at addresses that change with their bytes, and the
 * back-office page that uploads and lists them ({@code /ruralitic/admin/media}).
 * <p>
 * Checking, storing and listing images belongs to {@code org.ruralitic.media} in the core.
 */
package org.ruralitic.faces.media;
