package org.ruralitic.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test's JVM, on a port chosen before the portal is deployed so that the
 * portal's settings can name it; the server under test sends its mails there.
 */
public final class Mailbox implements AutoCloseable {

    private final int port;
    private GreenMail server;

    /** Picks a free port of this machine; {@link #start()} listens on it. */
    public Mailbox() {
        port = LocalMachine.freePort();
    }

    /** @return the SMTP port. */
    public int port() {
        return port;
    }

    /** @return this mailbox, listening. */
    public Mailbox start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return this;
    }

    /**
     * @param recipient an address.
     * @return the mails it received so far.
     */
    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> isTo(mail, recipient)).toList();
    }

    /**
     * Waits for a mail, as long as the outbox takes to send it (its timer runs every ten seconds).
     *
     * @param recipient an address.
     * @param timeout how long to wait at most.
     * @return the first mail it received.
     * @throws AssertionError when none came in time.
     */
    public MimeMessage waitFor(String recipient, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            List<MimeMessage> mails = to(recipient);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + recipient + " within " + timeout);
    }

    /**
     * @param mail a mail of the outbox ({@code multipart/alternative}, text first).
     * @return its plain text, decoded.
     */
    public static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart multipart) {
                return multipart.getBodyPart(0).getContent().toString();
            }
            return content.toString();
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param mail a mail.
     * @param name a header name.
     * @return its value, or {@code null}.
     */
    public static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, ", ");
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage mail, String recipient) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(address -> address.toString()
                .equalsIgnoreCase(recipient));
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
