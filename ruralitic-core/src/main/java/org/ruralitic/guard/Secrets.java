package org.ruralitic.guard;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.DatabaseFailures;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Transactions;

/**
 * HMAC-SHA256 with keys kept in the database ({@code rt_secret}), so that every server of the portal signs and
 * checks alike. A key is 256 random bits, created by the first server that needs it; servers racing to create it
 * end up reading the one that won.
 *
 * <h2>Usage</h2>
 * <pre>
 * String mac = secrets.sign("form-stamp", "1764331200.nonce");
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
public class Secrets {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int ATTEMPTS = 5;

    @Inject
    Transactions transactions;

    @Inject
    @Ruralitic
    Clock clock;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** For CDI. */
    protected Secrets() {
    }

    /**
     * @param transactions where the keys are read and created.
     * @param clock the time of creation of a key.
     */
    public Secrets(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param name the key, such as {@code form-stamp}; created if it does not exist yet.
     * @param data what to sign.
     * @return its HMAC-SHA256 with that key, URL-safe Base64 without padding.
     */
    public String sign(String name, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(name), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    private byte[] key(String name) {
        return keys.computeIfAbsent(name, this::readOrCreate);
    }

    private byte[] readOrCreate(String name) {
        for (int attempt = 1;; attempt++) {
            try {
                String value = transactions.inNewTransaction(entityManager -> {
                    Secret secret = entityManager.find(Secret.class, name);
                    if (secret == null) {
                        String created = Base64.getEncoder().encodeToString(SecureTokens.bytes(KEY_BYTES));
                        secret = Persistence.save(entityManager, new Secret(name, created, clock.instant()));
                    }
                    return secret.getValue();
                });
                return Base64.getDecoder().decode(value);
            }
            catch (RuntimeException e) {
                // Another server created it at the same moment: read theirs in a new transaction.
                if (attempt == ATTEMPTS || DatabaseFailures.isUnreachable(e)) {
                    throw e;
                }
            }
        }
    }
}
