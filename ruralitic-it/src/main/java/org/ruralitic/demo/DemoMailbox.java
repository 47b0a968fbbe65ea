package org.ruralitic.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's mail sink: a GreenMail SMTP server on the loopback address, in the server's JVM, that keeps every mail
 * it receives in memory and delivers none.
 */
final class DemoMailbox implements AutoCloseable {

    private final GreenMail server;

    private DemoMailbox(GreenMail server) {
        this.server = server;
    }

    /**
     * @param port the SMTP port, on 127.0.0.1 only.
     * @return the sink, listening.
     */
    static DemoMailbox start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new DemoMailbox(server);
    }

    /** @return the mails received so far, newest first. */
    List<Mail> mails() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(Mail.of(message));
        }
        mails.sort((a, b) -> b.sent().compareTo(a.sent()));
        return mails;
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * A mail as the demo page shows it.
     *
     * @param to its recipients.
     * @param subject its subject.
     * @param sent when it was sent.
     * @param text its plain text.
     * @param unsubscribe its {@code List-Unsubscribe} header, or {@code null}.
     */
    record Mail(String to, String subject, Date sent, String text, String unsubscribe) {

        static Mail of(MimeMessage message) {
            try {
                Date sent = message.getSentDate() == null ? new Date(0) : message.getSentDate();
                String to = message.getAllRecipients() == null ? "" : String.join(", ",
                    Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
                return new Mail(to, message.getSubject(), sent, text(message.getContent()),
                    message.getHeader("List-Unsubscribe", ", "));
            }
            catch (MessagingException | IOException e) {
                return new Mail("?", "(unreadable mail: " + e.getMessage() + ")", new Date(0), "", null);
            }
        }

        private static String text(Object content) throws MessagingException, IOException {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return part.getContent().toString();
                    }
                }
                return multipart.getCount() == 0 ? "" : text(multipart.getBodyPart(0).getContent());
            }
            return content == null ? "" : content.toString();
        }
    }
}
