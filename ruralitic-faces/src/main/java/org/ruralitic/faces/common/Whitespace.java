package org.ruralitic.faces.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out what the indentation of the Facelets templates adds to a page (a third of the programme's bytes) without
 * changing what a browser shows: in HTML, a run of white space is one space; each run that holds a line break
 * becomes a single line break. The content of {@code pre}, {@code textarea}, {@code script} and {@code style}
 * elements, where white space may matter, is left as it is.
 * <p>
 * And the same for the library's style sheet, whose comments and indentation are for its readers only.
 *
 * @since 0.1
 */
final class Whitespace {

    // Each run of white space is matched once, whole (possessive): linear in the page, whatever it holds.
    private static final Pattern HTML = Pattern.compile(
        "(<(pre|textarea|script|style)\\b.*?</\\2\\s*>)|[ \\t\\r\\n]{2,}+",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    // Strings are kept whole; comments go; white space goes around punctuation that needs none.
    private static final Pattern CSS = Pattern.compile(
        "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')|/\\*.*?\\*/|\\s*([{};,])\\s*|(:)\\s+|\\s+",
        Pattern.DOTALL);

    private Whitespace() {
    }

    /**
     * @param html a page.
     * @return the page, each run of white space holding a line break made a single line break.
     */
    static String html(String html) {
        Matcher matcher = HTML.matcher(html);
        StringBuilder trimmed = new StringBuilder(html.length());
        while (matcher.find()) {
            String run = matcher.group();
            matcher.appendReplacement(trimmed, matcher.group(1) != null ? "$1"
                : run.indexOf('\n') >= 0 ? "\n" : Matcher.quoteReplacement(run));
        }
        return matcher.appendTail(trimmed).toString();
    }

    /**
     * @param css a style sheet.
     * @return the style sheet without comments, and without the white space its rules do not need.
     */
    static String css(String css) {
        Matcher matcher = CSS.matcher(css);
        StringBuilder minified = new StringBuilder(css.length());
        while (matcher.find()) {
            String replacement = matcher.group(1) != null ? "$1"
                : matcher.group(2) != null ? "$2"
                : matcher.group(3) != null ? ":"
                : matcher.group().startsWith("/*") ? ""
                : " ";
            matcher.appendReplacement(minified, replacement);
        }
        return matcher.appendTail(minified).toString().replace(";}", "}").strip();
    }
}
