package org.ruralitic.faces.common;

import java.util.Arrays;
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

    /**
     * Marks the start and the end of markup trimmed already (a kept fragment): copied as it is, without the marks. A
     * mark that a page's text brings (U+0000 cannot be in an HTML document) only spares a part of the page trimming.
     */
    static final char VERBATIM = '\u0000';

    // Elements whose white space may matter, lower case: copied through to their end tag.
    private static final String[] KEPT = { "pre", "textarea", "script", "style" };

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
        return html(html.toCharArray(), html.length());
    }

    /**
     * @param page the characters of a page, read only.
     * @param length how many of them are the page.
     * @return the page, each run of white space holding a line break made a single line break.
     */
    static String html(char[] page, int length) {
        char[] trimmed = new char[length];
        return new String(trimmed, 0, trim(page, length, trimmed));
    }

    /**
     * @param page the characters of a page, read only.
     * @param length how many of them are the page.
     * @return the page trimmed as {@link #html(char[], int)} does, in UTF-8.
     */
    static byte[] htmlUtf8(char[] page, int length) {
        char[] trimmed = new char[length];
        return utf8(trimmed, trim(page, length, trimmed));
    }

    /**
     * @param chars characters, a lone surrogate among them sent as {@code ?} (as {@link String#getBytes} does).
     * @param length how many of them to encode.
     * @return the characters in UTF-8.
     */
    static byte[] utf8(char[] chars, int length) {
        // String.getBytes(UTF_8) takes a slow path, character by character, for any text holding one character
        // above U+00FF (a curly apostrophe, a dash): a tenth of the time of a page sent to a visitor with a session
        // in the profile. This loop copies the ASCII runs at the speed of a copy.
        byte[] bytes = new byte[length * 3];
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[out++] = (byte) c;
            }
            else if (c < 0x800) {
                bytes[out++] = (byte) (0xC0 | c >> 6);
                bytes[out++] = (byte) (0x80 | c & 0x3F);
            }
            else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int code = Character.toCodePoint(c, chars[++i]);
                bytes[out++] = (byte) (0xF0 | code >> 18);
                bytes[out++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[out++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[out++] = (byte) (0x80 | code & 0x3F);
            }
            else if (Character.isSurrogate(c)) {
                bytes[out++] = '?';
            }
            else {
                bytes[out++] = (byte) (0xE0 | c >> 12);
                bytes[out++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[out++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(bytes, out);
    }

    // One pass over the characters, without a regular expression: this runs on every page rendered.
    private static int trim(char[] page, int length, char[] trimmed) {
        int out = 0;
        int i = 0;
        while (i < length) {
            char c = page[i];
            if (c == VERBATIM) {
                int end = i + 1;
                while (end < length && page[end] != VERBATIM) {
                    end++;
                }
                System.arraycopy(page, i + 1, trimmed, out, end - i - 1);
                out += end - i - 1;
                i = end + 1;
            }
            else if (c == '<') {
                int end = endOfKept(page, length, i);
                System.arraycopy(page, i, trimmed, out, end - i);
                out += end - i;
                i = end;
            }
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                int end = i + 1;
                boolean lineBreak = c == '\n';
                while (end < length && isSpace(page[end])) {
                    lineBreak |= page[end] == '\n';
                    end++;
                }
                if (lineBreak && end - i > 1) {
                    trimmed[out++] = '\n';
                }
                else {
                    System.arraycopy(page, i, trimmed, out, end - i);
                    out += end - i;
                }
                i = end;
            }
            else {
                trimmed[out++] = c;
                i++;
            }
        }
        return out;
    }

    /**
     * @return after the end tag of the pre, textarea, script or style element that starts at {@code at} (or the end
     *         of the page when it has none), or just after the {@code <} of any other tag.
     */
    private static int endOfKept(char[] page, int length, int at) {
        char first = at + 1 < length ? Character.toLowerCase(page[at + 1]) : 0;
        if (first != 'p' && first != 't' && first != 's') {
            return at + 1;
        }
        for (String name : KEPT) {
            int after = at + 1 + name.length();
            if (startsWith(page, length, at + 1, name)
                && (after == length || !Character.isLetterOrDigit(page[after]))) {
                for (int i = after; i < length; i++) {
                    if (page[i] == '<' && i + 1 < length && page[i + 1] == '/' && startsWith(page, length, i + 2, name)) {
                        for (int end = i; end < length; end++) {
                            if (page[end] == '>') {
                                return end + 1;
                            }
                        }
                        return length;
                    }
                }
                return length;
            }
        }
        return at + 1;
    }

    private static boolean startsWith(char[] page, int length, int at, String name) {
        if (at + name.length() > length) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.toLowerCase(page[at + i]) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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
