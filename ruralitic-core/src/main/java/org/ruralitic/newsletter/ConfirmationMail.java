package org.ruralitic.newsletter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ruralitic.mail.OutgoingMail;
import org.ruralitic.text.Html;

/**
 * The confirmation mail of a sign-up, in French or English, as plain text and HTML, with the unsubscribe link in its
 * body and in the RFC 8058 one-click headers.
 */
final class ConfirmationMail {

    /** The path of the confirmation page under the portal's base URL. */
    static final String CONFIRM_PATH = "/ruralitic/newsletter/confirm?token=";

    /** The path of the unsubscribe page (and one-click POST target) under the portal's base URL. */
    static final String UNSUBSCRIBE_PATH = "/ruralitic/newsletter/unsubscribe?token=";

    private static final String KEY = "ruralitic.newsletter.mail.";

    private ConfirmationMail() {
    }

    /**
     * @param recipient the normalised address.
     * @param language {@code fr} or {@code en}.
     * @param baseUrl the public address of the portal, without a trailing slash.
     * @param tokens the tokens of the links.
     * @param expiresAt when the confirmation link expires.
     * @param zone the zone its date is shown in.
     * @return the mail.
     */
    static OutgoingMail render(String recipient, String language, String baseUrl,
        Subscription.Tokens tokens, Instant expiresAt, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(language);
        String confirmUrl = baseUrl + CONFIRM_PATH + tokens.confirm();
        String unsubscribeUrl = unsubscribeUrl(baseUrl, tokens.unsubscribe());
        String subject = text(locale, "confirm.subject");
        String greeting = text(locale, "confirm.greeting");
        String intro = text(locale, "confirm.intro", recipient);
        String action = text(locale, "confirm.action");
        String expiry = text(locale, "confirm.expiry",
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(expiresAt.atZone(zone)));
        String ignore = text(locale, "confirm.ignore");
        String unsubscribe = text(locale, "unsubscribe");

        String plain = greeting + "\n\n" + intro + "\n" + confirmUrl + "\n\n" + expiry + "\n\n" + ignore + "\n\n-- \n"
            + text(locale, "unsubscribe.line", unsubscribeUrl) + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head><meta charset=\"UTF-8\"><title>"
            + Html.escape(subject) + "</title></head>\n<body>\n<p>" + Html.escape(greeting) + "</p>\n<p>" + Html.escape(intro)
            + "</p>\n<p><a href=\"" + Html.escape(confirmUrl) + "\">" + Html.escape(action) + "</a></p>\n<p>" + Html.escape(expiry)
            + "</p>\n<p>" + Html.escape(ignore) + "</p>\n<hr>\n<p><a href=\"" + Html.escape(unsubscribeUrl) + "\">"
            + Html.escape(unsubscribe) + "</a></p>\n</body>\n</html>\n";

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Auto-Submitted", "auto-generated");
        headers.put("Content-Language", language);
        return new OutgoingMail(recipient, subject, plain, html, headers);
    }

    /**
     * @param baseUrl the public address of the portal, without a trailing slash.
     * @param token an unsubscribe token.
     * @return the unsubscribe link.
     */
    static String unsubscribeUrl(String baseUrl, String token) {
        return baseUrl + UNSUBSCRIBE_PATH + token;
    }


    private static String text(Locale locale, String key, Object... arguments) {
        return NewsletterMessages.text(locale, KEY + key, arguments);
    }
}
