package org.ruralitic.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable, readable URL slugs: "Cantal, Département pionnier" becomes {@code cantal-departement-pionnier}.
 *
 * @since 0.1
 */
public final class Slugs {

    /** What a slug looks like: lower-case ASCII words joined by single hyphens. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Longest slug. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * @param text any text, such as a title.
     * @return its slug, at most {@value #MAX_LENGTH} characters and never cut inside a word when avoidable;
     *         {@code "sans-titre"} when nothing is left of the text.
     */
    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)).replaceAll("")
            .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").toLowerCase(Locale.ROOT);
        String slug = EDGES.matcher(SEPARATORS.matcher(ascii).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : EDGES.matcher(slug).replaceAll("");
        }
        return slug.isEmpty() ? "sans-titre" : slug;
    }

    /**
     * @param slug a slug already taken.
     * @param attempt 2 for the first alternative, 3 for the next...
     * @return the slug with a numeric suffix, still at most {@value #MAX_LENGTH} characters.
     */
    public static String withSuffix(String slug, int attempt) {
        String suffix = "-" + attempt;
        String stem = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        return EDGES.matcher(stem).replaceAll("") + suffix;
    }
}
