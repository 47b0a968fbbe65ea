package org.ruralitic.mail;

/**
 * A mail that could not be handed to the mail server (server down, refused, misconfigured). Checked: whoever sends
 * must decide what happens to the mail; the outbox tries again later.
 *
 * @since 0.1
 */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed.
     * @param cause the failure of the mail library.
     */
    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
