package org.ruralitic.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random tokens for links in mails, and the hashes they are stored as.
 * <p>
 * A token is 32 random bytes (256 bits) from {@link SecureRandom}, URL-safe Base64 without padding (43 characters).
 * Only its SHA-256 hash is stored: a copy of the database does not give working links. No salt is needed, as the
 * tokens are random, not chosen by people.
 *
 * @since 0.1
 */
public final class SecureTokens {

    /** Length of a {@link #hash(String)}: SHA-256 in URL-safe Base64 without padding. */
    public static final int HASH_LENGTH = 43;

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SecureTokens() {
    }

    /** @return a new token, safe in a URL query. */
    public static String random() {
        return ENCODER.encodeToString(bytes(BYTES));
    }

    /**
     * @param count how many bytes.
     * @return that many random bytes.
     */
    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * @param token a token, possibly from a URL.
     * @return its SHA-256 hash, as stored.
     */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
