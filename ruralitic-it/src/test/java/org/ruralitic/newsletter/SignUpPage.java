package org.ruralitic.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form as a page serves it, read the way a browser reads it: its action, its fields by type, the values of its
 * hidden fields. Nothing is assumed about the field names.
 *
 * @param action the form's {@code action}.
 * @param email the name of its {@code type="email"} field.
 * @param consent the name and value of its checkbox.
 * @param consentValue the value the checkbox sends.
 * @param honeypot the name of the text field hidden from people, or {@code null}.
 * @param hidden the hidden fields and their values.
 */
record SignUpPage(String action, String email, String consent, String consentValue, String honeypot,
    Map<String, String> hidden) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][\\w-]*)=\"([^\"]*)\"");
    private static final Pattern TRAP = Pattern.compile("aria-hidden=\"true\">\\s*<label[^>]*>[^<]*</label>\\s*<input\\b([^>]*)>");

    /**
     * @param html a page.
     * @param marker an attribute that tells the form among others, such as {@code data-rt-signup}.
     * @return its form.
     */
    static SignUpPage of(String html, String marker) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (!form.group(1).contains(marker)) {
                continue;
            }
            String action = attributes(form.group(1)).get("action");
            String email = null;
            String consent = null;
            String consentValue = null;
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> field = attributes(input.group(1));
                switch (field.getOrDefault("type", "text")) {
                    case "email" -> email = field.get("name");
                    case "checkbox" -> {
                        consent = field.get("name");
                        consentValue = field.getOrDefault("value", "on");
                    }
                    case "hidden" -> hidden.put(field.get("name"), field.getOrDefault("value", ""));
                    default -> { }
                }
            }
            Matcher trap = TRAP.matcher(form.group(2));
            String honeypot = trap.find() ? attributes(trap.group(1)).get("name") : null;
            return new SignUpPage(action, email, consent, consentValue, honeypot, hidden);
        }
        throw new AssertionError("No form " + marker + " in the page");
    }

    /**
     * @param typedEmail what the visitor types.
     * @param ticked whether they tick the box.
     * @param trap what a robot puts in the hidden field, or {@code null}.
     * @return the fields the browser sends, as it sends them.
     */
    Map<String, String> filled(String typedEmail, boolean ticked, String trap) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(email, typedEmail);
        if (ticked) {
            fields.put(consent, consentValue);
        }
        if (honeypot != null) {
            fields.put(honeypot, trap == null ? "" : trap);
        }
        fields.putAll(hidden);
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&"));
        }
        return attributes;
    }
}
