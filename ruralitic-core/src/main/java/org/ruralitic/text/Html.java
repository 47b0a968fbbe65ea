package org.ruralitic.text;

/**
 * Text put into HTML by hand (mails, the feed's content, the error pages), escaped for element text and quoted
 * attribute values alike.
 *
 * @since 0.2
 */
public final class Html {

    private Html() {
    }

    /**
     * @param text a text, possibly typed by anyone.
     * @return it, safe in HTML text and in attribute values quoted with {@code "} or {@code '}.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
