/**
 * Inline formatting of what editors write: a small Markdown subset (emphasis, strong, links, lists, line breaks)
 * turned into safe HTML or plain text by commonmark-java. No raw HTML ever passes through.
 * <p>
 * Where the formatted text is shown (pages, feed, API) belongs to {@code ruralitic-faces}.
 */
package org.ruralitic.text;
