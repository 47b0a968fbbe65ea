package org.ruralitic.faces.backoffice;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of a back-office form, each tied to its field: the page lists them in an error summary that links to
 * each field, and shows each beside its field ({@code aria-describedby}, {@code aria-invalid}).
 * <p>
 * A field is named by the id of its input's error element ({@code title}, {@code block-2-text}); the page writes
 * the element {@code <p id="error-title">} when {@link #has(String)}.
 *
 * @since 0.2
 */
public class FieldErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> byField = new LinkedHashMap<>();

    /**
     * @param field the field, or {@code null} for the form as a whole.
     * @param message the message, in the user's language.
     */
    public void add(String field, String message) {
        byField.merge(field == null ? "" : field, message, (first, second) -> first);
    }

    /**
     * @param field a field.
     * @return whether it has an error.
     */
    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /**
     * @param field a field.
     * @return its error, or {@code null}.
     */
    public String get(String field) {
        return byField.get(field);
    }

    /**
     * @param field a field.
     * @return the id of its error element when it has one, for {@code aria-describedby}; else {@code null}.
     */
    public String describedBy(String field) {
        return has(field) ? "error-" + field : null;
    }

    /**
     * @param field a field.
     * @return {@code "true"} when it has an error, for {@code aria-invalid}; else {@code null}.
     */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** @return whether there is no error. */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** @return the errors in the order of the form, as field and message. */
    public List<Map.Entry<String, String>> getAll() {
        return List.copyOf(byField.entrySet());
    }

    /** Forgets every error. */
    public void clear() {
        byField.clear();
    }
}
