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

    /**
     * Opens a connection for many mails in a row, as a newsletter issue sends them. The default sends each mail on
     * its own, as {@link #send(OutgoingMail)}.
     *
     * @return the connection; close it when done.
     * @throws MailException when the mail server cannot be reached.
     */
    default Connection connect() throws MailException {
        return this::send;
    }

    /**
     * A connection to the mail server for several mails.
     *
     * @since 0.3
     */
    @FunctionalInterface
    interface Connection extends AutoCloseable {

        /**
         * @param mail the mail.
         * @throws MailException when the server did not accept it.
         */
        void send(OutgoingMail mail) throws MailException;

        @Override
        default void close() {
        }
    }
}
