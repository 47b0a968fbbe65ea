package org.ruralitic.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Subscribers as CSV (RFC 4180): comma-separated, lines ended by CRLF, a field quoted when it holds a comma, a quote
 * or a line break, its quotes doubled.
 * <p>
 * The file is made to be opened in a spreadsheet, and its fields come from visitors: a field that a spreadsheet would
 * run as a formula (it starts with {@code = + - @}, a tab or a carriage return) is written with an apostrophe before
 * it, which spreadsheets read as "text" and do not show (OWASP, CSV injection).
 */
final class SubscriberCsv {

    /** The header row. */
    static final String HEADER = "email,locale,subscribed_at,confirmed_at,consent_version,source_page";

    private static final String LINE_END = "\r\n";

    private SubscriberCsv() {
    }

    static void write(List<Subscription> subscriptions, Writer out) {
        try {
            out.write(HEADER + LINE_END);
            for (Subscription subscription : subscriptions) {
                out.write(String.join(",", field(subscription.getEmail()), field(subscription.getLocale()),
                    field(subscription.getSubscribedAt()), field(subscription.getConfirmedAt()),
                    field(subscription.getConsentVersion()), field(subscription.getSourcePage())) + LINE_END);
            }
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
