package org.ruralitic.newsletter;

import java.util.Locale;

/**
 * A sign-up that cannot be accepted as it was filled in: no address, an invalid one, no consent. The form shows
 * {@link #getMessage(Locale)} next to the field; {@link #getKey()} names the problem for code.
 *
 * <h2>Usage</h2>
 * <pre>
 * try {
 *     newsletter.subscribe(signUp);
 * }
 * catch (SignUpException e) {
 *     facesContext.addMessage("email", new FacesMessage(e.getMessage(viewRoot.getLocale())));
 * }
 * </pre>
 *
 * @since 0.1
 */
public class SignUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No address given. */
    public static final String EMAIL_REQUIRED = "ruralitic.newsletter.email.required";

    /** Not an address. */
    public static final String EMAIL_INVALID = "ruralitic.newsletter.email.invalid";

    /** Longer than 254 characters. */
    public static final String EMAIL_TOO_LONG = "ruralitic.newsletter.email.tooLong";

    /** Consent not given. */
    public static final String CONSENT_REQUIRED = "ruralitic.newsletter.consent.required";

    private final String key;

    /**
     * @param key one of the keys above, in {@code org/ruralitic/newsletter/messages*.properties}.
     */
    public SignUpException(String key) {
        super(key);
        this.key = key;
    }

    /** @return the key of the message, such as {@value #EMAIL_INVALID}. */
    public String getKey() {
        return key;
    }

    /**
     * @param locale the reader's locale.
     * @return the message in French, or in English for an English locale.
     */
    public String getMessage(Locale locale) {
        return NewsletterMessages.text(locale, key);
    }

    /** @return the message in English, for logs. */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.ENGLISH);
    }
}
