package org.ruralitic.legal;

import org.ruralitic.access.EditRefusal;

/**
 * A text of a public-sector page that cannot be saved as it is: empty, or longer than {@link LegalText#MAX_LENGTH}.
 *
 * @since 0.3
 */
public class LegalTextRefusal extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** The form field of the text. */
    public static final String FIELD = "body";

    /**
     * @param key the message key of the Faces bundle: {@code admin.legal.error.empty} or
     *     {@code admin.legal.error.tooLong}.
     */
    public LegalTextRefusal(String key) {
        super(key, FIELD);
    }
}
