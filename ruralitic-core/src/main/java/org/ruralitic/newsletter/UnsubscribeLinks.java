package org.ruralitic.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ruralitic.guard.Secrets;

/**
 * The unsubscribe links of newsletter issues: {@code i<subscription>.<signature>}, an HMAC with a key every server
 * shares ({@link Secrets}), so that each of ten thousand mails carries its recipient's own link without a row per
 * link. The confirmation mail's link is a random token instead (its hash is kept with the subscription); both open
 * the same page and the same one-click POST.
 */
final class UnsubscribeLinks {

    /** The name of the key in {@code rt_secret}. */
    static final String KEY = "unsubscribe";

    private static final Pattern SIGNED = Pattern.compile("i([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{43})");

    private final Secrets secrets;

    UnsubscribeLinks(Secrets secrets) {
        this.secrets = secrets;
    }

    /**
     * @param subscriptionId a subscription.
     * @return its signed token.
     */
    String token(long subscriptionId) {
        return "i" + subscriptionId + "." + secrets.sign(KEY, Long.toString(subscriptionId));
    }

    /**
     * @param baseUrl the portal's public address, without a trailing slash.
     * @param subscriptionId a subscription.
     * @return its unsubscribe link.
     */
    String url(String baseUrl, long subscriptionId) {
        return ConfirmationMail.unsubscribeUrl(baseUrl, token(subscriptionId));
    }

    /**
     * @param token a token as received.
     * @return whether it has the form of a signed token (else it may be a confirmation mail's).
     */
    static boolean isSigned(String token) {
        return SIGNED.matcher(token).matches();
    }

    /**
     * @param token a token as received.
     * @return the subscription it names when its signature is right.
     */
    Optional<Long> verify(String token) {
        Matcher matcher = SIGNED.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(matcher.group(1));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = secrets.sign(KEY, Long.toString(id)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = matcher.group(2).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }
}
