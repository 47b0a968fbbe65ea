package org.ruralitic.mail;

/**
 * Sends one mail now: the port to the outside world of mail. Only {@link OutboxDispatcher} calls it, never a web
 * request.
 * <p>
 * {@link JakartaMailSender} is the implementation; a portal may replace it with an {@code @Alternative @Priority}
 * bean of its own (a mail API of its provider, say).
 *
 * @since 0.1
 */
public interface MailSender {

    /**
     * @param mail the mail.
     * @throws MailException when it could not be handed to the mail server; the outbox tries again later.
     */
    void send(OutgoingMail mail) throws MailException;
}
