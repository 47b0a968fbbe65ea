/**
 * The whole site's content file on the web: the download of the export for administrators
 * ({@code /ruralitic/admin/export}).
 * <p>
 * Reading and writing the file belongs to {@code org.ruralitic.content} in the core.
 */
package org.ruralitic.faces.content;
