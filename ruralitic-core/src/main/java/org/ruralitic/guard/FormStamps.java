package org.ruralitic.guard;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruralitic.common.SecureTokens;
import org.ruralitic.common.Settings;

/**
 * Signed form stamps: the time a form was shown, signed with a key all servers share, put in a hidden field and
 * checked when the form comes back. A submission sooner than {@value #MIN_DELAY} (default {@code PT3S}) after the form
 * was shown is a robot's; one older than {@value #MAX_AGE} (default {@code PT2H}) is a replay.
 *
 * <h2>Usage</h2>
 * <pre>
 * String stamp = stamps.issue(clock.instant());         // when rendering the form
 * StampCheck check = stamps.check(stamp, clock.instant()); // when it is submitted
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
public class FormStamps {

    /** The shortest time between showing a form and submitting it (ISO-8601, default {@code PT3S}). */
    public static final String MIN_DELAY = "newsletter.form.min.delay";

    /** The longest time a shown form is accepted (ISO-8601, default {@code PT2H}). */
    public static final String MAX_AGE = "newsletter.form.max.age";

    /** The name of the key in {@code rt_secret}. */
    public static final String KEY = "form-stamp";

    private static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(3);
    private static final Duration DEFAULT_MAX_AGE = Duration.ofHours(2);
    private static final int NONCE_BYTES = 12;
    private static final String SEPARATOR = ".";

    @Inject
    Secrets secrets;

    @Inject
    Settings settings;

    /** For CDI. */
    protected FormStamps() {
    }

    /**
     * @param secrets the shared keys.
     * @param settings the delays.
     */
    public FormStamps(Secrets secrets, Settings settings) {
        this.secrets = secrets;
        this.settings = settings;
    }

    /**
     * @param now the time the form is shown.
     * @return the stamp for its hidden field: {@code milliseconds.nonce.signature}, URL-safe. Milliseconds, not
     *     seconds: a time cut to the second makes a form shown at 12.9 s and sent at 13.1 s one second old, so a
     *     short minimum delay would let quick robots through at random.
     */
    public String issue(Instant now) {
        String signed = now.toEpochMilli() + SEPARATOR
            + Base64.getUrlEncoder().withoutPadding().encodeToString(SecureTokens.bytes(NONCE_BYTES));
        return signed + SEPARATOR + secrets.sign(KEY, signed);
    }

    /**
     * @param stamp the stamp that came back with the form, possibly {@code null} or forged.
     * @param now the time of submission.
     * @return what it says about the submission.
     */
    public StampCheck check(String stamp, Instant now) {
        if (stamp == null) {
            return StampCheck.FORGED;
        }
        int last = stamp.lastIndexOf(SEPARATOR);
        int first = stamp.indexOf(SEPARATOR);
        if (first <= 0 || last == first) {
            return StampCheck.FORGED;
        }
        String signed = stamp.substring(0, last);
        byte[] expected = secrets.sign(KEY, signed).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, stamp.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return StampCheck.FORGED;
        }
        Instant shown;
        try {
            shown = Instant.ofEpochMilli(Long.parseLong(stamp.substring(0, first)));
        }
        catch (NumberFormatException e) {
            return StampCheck.FORGED;
        }
        Duration age = Duration.between(shown, now);
        if (age.compareTo(settings.duration(MIN_DELAY, DEFAULT_MIN_DELAY)) < 0) {
            return StampCheck.TOO_FAST;
        }
        return age.compareTo(settings.duration(MAX_AGE, DEFAULT_MAX_AGE)) > 0 ? StampCheck.TOO_OLD : StampCheck.VALID;
    }
}
