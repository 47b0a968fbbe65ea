package org.ruralitic.faces.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values that no two visitors may share, such as the signed stamp of a form, in pages that are otherwise the same for
 * everyone: the view writes a placeholder, and the {@link Router} puts a fresh value in its place each time it sends
 * the page, from its page cache or not. The page is kept and sent once per visitor without being rendered again;
 * it goes out with {@code Cache-Control: no-store}, since no other cache may keep it.
 * <p>
 * Only pages the {@code Router} serves can hold placeholders: a view asks {@link #placeholder} and gets
 * {@code null} elsewhere (a portal's own page with a RuraliTIC tag), where it must put the value itself and mark the
 * page {@link Router#NO_STORE}.
 *
 * @since 0.1
 */
public final class FreshValues {

    /** Request attribute: the placeholders of the page being rendered, present when the Router fills them in. */
    static final String ATTRIBUTE = "org.ruralitic.freshValues";

    // What every placeholder starts with.
    private static final String PREFIX = "rt-fresh-";

    private FreshValues() {
    }

    /**
     * @param requestMap the attributes of the request being rendered.
     * @param name the name of the value, letters and digits.
     * @param value gives a fresh value each time the page is sent; must not need the request.
     * @return the placeholder to write in the page instead of the value, or {@code null} when the page will not be
     *         filled in (not served by the Router).
     */
    public static String placeholder(Map<String, Object> requestMap, String name, Supplier<String> value) {
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> values = (Map<String, Supplier<String>>) requestMap.get(ATTRIBUTE);
        if (values == null) {
            return null;
        }
        String placeholder = PREFIX + name + "-value";
        values.put(placeholder, value);
        return placeholder;
    }

    /** @return an empty set of placeholders, for the request attribute. */
    static Map<String, Supplier<String>> none() {
        return new LinkedHashMap<>();
    }

    /**
     * A page split around its placeholders.
     *
     * @param parts the bytes between the placeholders, one more than the values.
     * @param values the values that go between the parts.
     * @param charset the page's encoding.
     */
    record Template(List<byte[]> parts, List<Supplier<String>> values, Charset charset) {

        /**
         * @param page a rendered page.
         * @param placeholders its placeholders and their values.
         * @param charset the page's encoding.
         * @return the page split around every occurrence of its placeholders.
         */
        static Template of(byte[] page, Map<String, Supplier<String>> placeholders, Charset charset) {
            if (!StandardCharsets.UTF_8.equals(charset) && !StandardCharsets.ISO_8859_1.equals(charset)
                && !StandardCharsets.US_ASCII.equals(charset)) {
                return ofText(page, placeholders, charset);
            }
            // Placeholders are ASCII, whose bytes no other character's encoding holds: the bytes are searched as
            // they are, without decoding the page (this runs for each page with a form rendered anew).
            byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
            List<byte[]> parts = new ArrayList<>();
            List<Supplier<String>> values = new ArrayList<>();
            int start = 0;
            for (int at = indexOf(page, prefix, 0); at >= 0; at = indexOf(page, prefix, at + 1)) {
                for (Map.Entry<String, Supplier<String>> placeholder : placeholders.entrySet()) {
                    byte[] name = placeholder.getKey().getBytes(StandardCharsets.US_ASCII);
                    if (at + name.length <= page.length
                        && Arrays.equals(page, at, at + name.length, name, 0, name.length)) {
                        parts.add(Arrays.copyOfRange(page, start, at));
                        values.add(placeholder.getValue());
                        start = at + name.length;
                        at = start - 1;
                        break;
                    }
                }
            }
            parts.add(Arrays.copyOfRange(page, start, page.length));
            return new Template(List.copyOf(parts), List.copyOf(values), charset);
        }

        private static int indexOf(byte[] page, byte[] prefix, int from) {
            outer:
            for (int i = from; i <= page.length - prefix.length; i++) {
                for (int j = 0; j < prefix.length; j++) {
                    if (page[i + j] != prefix[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private static Template ofText(byte[] page, Map<String, Supplier<String>> placeholders, Charset charset) {
            Pattern any = Pattern.compile(placeholders.keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|")));
            String text = new String(page, charset);
            Matcher matcher = any.matcher(text);
            List<byte[]> parts = new ArrayList<>();
            List<Supplier<String>> values = new ArrayList<>();
            int start = 0;
            while (matcher.find()) {
                parts.add(text.substring(start, matcher.start()).getBytes(charset));
                values.add(placeholders.get(matcher.group()));
                start = matcher.end();
            }
            parts.add(text.substring(start).getBytes(charset));
            return new Template(List.copyOf(parts), List.copyOf(values), charset);
        }

        /** @return the page, with fresh values in place of its placeholders. */
        byte[] fill() {
            ByteArrayOutputStream page = new ByteArrayOutputStream(parts.stream().mapToInt(part -> part.length).sum()
                + 128 * values.size());
            for (int i = 0; i < values.size(); i++) {
                page.writeBytes(parts.get(i));
                page.writeBytes(values.get(i).get().getBytes(charset));
            }
            page.writeBytes(parts.get(parts.size() - 1));
            return page.toByteArray();
        }
    }
}
