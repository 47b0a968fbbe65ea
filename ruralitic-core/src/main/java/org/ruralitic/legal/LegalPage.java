package org.ruralitic.legal;

import java.time.Instant;

import org.ruralitic.text.Html;
import org.ruralitic.text.Markdown;

/**
 * A public-sector page in one language, as it shows: the administrator's text if any, else the default one.
 * <p>
 * The text is in the inline formatting of {@link Markdown}; a line starting with {@code ## } begins a section and is
 * its heading. {@link #html()} is safe to put in a page whoever typed the text.
 *
 * @param kind the page.
 * @param language {@code fr} or {@code en}.
 * @param body its text.
 * @param edited whether an administrator wrote it (else it is the default text).
 * @param version the version of the administrator's text, to send back with a change; {@value #NOT_EDITED} for the
 *     default text.
 * @param updatedAt when the administrator last wrote it, or {@code null}.
 * @param updatedBy who, or {@code null}.
 * @since 0.3
 */
public record LegalPage(LegalPageKind kind, String language, String body, boolean edited, int version,
    Instant updatedAt, String updatedBy) {

    /** The version of a page showing its default text. */
    public static final int NOT_EDITED = -1;

    private static final String HEADING = "## ";

    /** @return the text as HTML: {@code <h2>} headings, and the inline formatting of each section between them. */
    public String html() {
        StringBuilder html = new StringBuilder(body.length() + body.length() / 4);
        StringBuilder section = new StringBuilder();
        for (String line : body.split("\r\n|\r|\n", -1)) {
            if (line.startsWith(HEADING)) {
                html.append(Markdown.toHtml(section.toString()));
                section.setLength(0);
                html.append("<h2>").append(Html.escape(line.substring(HEADING.length()).strip())).append("</h2>\n");
            }
            else {
                section.append(line).append('\n');
            }
        }
        return html.append(Markdown.toHtml(section.toString())).toString();
    }
}
