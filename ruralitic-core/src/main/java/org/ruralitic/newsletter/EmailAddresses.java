package org.ruralitic.newsletter;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises and checks the addresses people type: trimmed, in lower case, the domain in ASCII (an internationalised
 * domain with accents becomes its {@code xn--} form), at most 254 characters.
 * <p>
 * The local part (before the {@code @}) is lower-cased too. RFC 5321 lets a server tell cases apart there, but none
 * of note does, and the list must hold one row per address on every database: MariaDB's collation compares
 * case-insensitively, H2 and PostgreSQL do not. It must be plain ASCII ("dot-atom"); quoted and internationalised
 * local parts, which few servers accept, are refused.
 *
 * <h2>Usage</h2>
 * <pre>
 * EmailAddresses.normalise("  Jeanne@Élysée.FR ") // "jeanne@xn--lyse-bpab.fr"
 * </pre>
 *
 * @since 0.1
 */
public final class EmailAddresses {

    /** Longest address (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL = 64;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private EmailAddresses() {
    }

    /**
     * @param typed the address as typed, possibly {@code null}.
     * @return the normalised address.
     * @throws SignUpException with {@link SignUpException#EMAIL_REQUIRED}, {@link SignUpException#EMAIL_INVALID} or
     * {@link SignUpException#EMAIL_TOO_LONG}.
     */
    public static String normalise(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.isEmpty()) {
            throw new SignUpException(SignUpException.EMAIL_REQUIRED);
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            throw new SignUpException(SignUpException.EMAIL_INVALID);
        }
        String local = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
        String domain;
        try {
            domain = IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        }
        catch (IllegalArgumentException notADomain) {
            throw new SignUpException(SignUpException.EMAIL_INVALID);
        }
        String address = local + "@" + domain;
        if (address.length() > MAX_LENGTH) {
            throw new SignUpException(SignUpException.EMAIL_TOO_LONG);
        }
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches() || !validDomain(domain)) {
            throw new SignUpException(SignUpException.EMAIL_INVALID);
        }
        return address;
    }

    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
