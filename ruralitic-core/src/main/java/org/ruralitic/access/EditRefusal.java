package org.ruralitic.access;

/**
 * A back-office action refused for a reason the user can act on, named by a message key of the Faces bundle and the
 * form field it concerns, so that the form shows the message beside that field.
 *
 * @since 0.3
 */
public abstract class EditRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    protected EditRefusal(String key, String field) {
        super(key);
        this.key = key;
        this.field = field;
    }

    /** @return the message key. */
    public String getKey() {
        return key;
    }

    /** @return the field it concerns, or {@code null}. */
    public String getField() {
        return field;
    }
}
