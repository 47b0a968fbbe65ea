package org.ruralitic.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mail ready to send: one recipient, a subject, a plain-text body and an HTML body (sent as
 * {@code multipart/alternative}), and extra headers such as {@code List-Unsubscribe}.
 *
 * @param recipient the address, its domain in ASCII.
 * @param subject the subject, on one line.
 * @param text the plain-text body.
 * @param html the HTML body, everything inserted in it already escaped.
 * @param headers extra headers by name, in order; names and values on one line.
 * @since 0.1
 */
public record OutgoingMail(String recipient, String subject, String text, String html, Map<String, String> headers) {

    private static final Pattern ONE_LINE = Pattern.compile("[^\\r\\n]*");
    private static final String MULTI_LINE = "A mail header cannot span lines: ";

    /** Checks the parts, and that no header or subject could inject another header. */
    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(html, "html is required");
        Objects.requireNonNull(headers, "headers are required");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        oneLine(recipient);
        oneLine(subject);
        headers.forEach((name, value) -> {
            oneLine(name);
            oneLine(value);
        });
    }

    private static void oneLine(String value) {
        if (!ONE_LINE.matcher(value).matches()) {
            throw new IllegalArgumentException(MULTI_LINE + value);
        }
    }
}
