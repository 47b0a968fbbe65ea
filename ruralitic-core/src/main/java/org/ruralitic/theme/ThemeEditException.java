package org.ruralitic.theme;

import org.ruralitic.access.EditRefusal;

/**
 * Refuses a change to the themes for a reason the editor can act on, named by a message key of the Faces bundle
 * ({@code ruralitic.theme.*}) and the form field it concerns.
 *
 * @since 0.3
 */
public class ThemeEditException extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** The theme is gone, or never was. */
    public static final String NOT_FOUND = "ruralitic.theme.notFound";

    /** Another theme has the code. */
    public static final String CODE_TAKEN = "ruralitic.theme.codeTaken";

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    public ThemeEditException(String key, String field) {
        super(key, field);
    }
}
