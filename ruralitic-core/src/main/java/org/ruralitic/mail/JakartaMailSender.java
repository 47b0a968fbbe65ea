package org.ruralitic.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.ruralitic.common.Settings;

/**
 * Sends mail with Jakarta Mail: through the server's mail session named by {@value #SESSION} (its SMTP host,
 * credentials and TLS are the server's business), or else straight to {@value #SMTP_HOST}:{@value #SMTP_PORT}.
 * <p>
 * Each mail is {@code multipart/alternative}, plain text first then HTML, in UTF-8, from {@value #FROM}.
 *
 * <h2>Usage</h2>
 * <pre>
 * # WEB-INF/classes/META-INF/ruralitic.properties
 * newsletter.mail.session=java:comp/env/mail/ruralitic
 * newsletter.mail.from=Département du Cantal &lt;newsletter@cantal.fr&gt;
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {

    /** The JNDI name of a mail session of the server (default: none, use the SMTP settings). */
    public static final String SESSION = "newsletter.mail.session";

    /** The SMTP server when there is no session (default {@code localhost}). */
    public static final String SMTP_HOST = "newsletter.smtp.host";

    /** Its port (default {@code 25}). */
    public static final String SMTP_PORT = "newsletter.smtp.port";

    /** The sender of the mails, such as {@code Département du Cantal <newsletter@cantal.fr>} (required). */
    public static final String FROM = "newsletter.mail.from";

    private static final String NO_SESSION = "RuraliTIC setting " + SESSION + "={0} does not name a mail session";
    private static final String NO_FROM = "RuraliTIC setting " + FROM + " is required to send mail";
    private static final String NOT_SENT = "Mail to {0} not sent";
    private static final String TIMEOUT_MILLIS = "30000";
    private static final String CONNECT_TIMEOUT_MILLIS = "10000";

    @Inject
    Settings settings;

    private volatile Session session;

    /** For CDI. */
    protected JakartaMailSender() {
    }

    /**
     * @param settings where the session or SMTP server and the sender come from.
     */
    public JakartaMailSender(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void send(OutgoingMail mail) throws MailException {
        try {
            Transport.send(message(mail));
        }
        catch (MessagingException e) {
            throw new MailException(MessageFormat.format(NOT_SENT, mail.recipient()), e);
        }
    }

    @Override
    public Connection connect() throws MailException {
        try {
            Transport transport = session().getTransport();
            transport.connect();
            return new Connection() {
                @Override
                public void send(OutgoingMail mail) throws MailException {
                    try {
                        MimeMessage message = message(mail);
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                    catch (MessagingException e) {
                        throw new MailException(MessageFormat.format(NOT_SENT, mail.recipient()), e);
                    }
                }

                @Override
                public void close() {
                    try {
                        transport.close();
                    }
                    catch (MessagingException e) {
                        // Nothing is lost: every mail sent was accepted before.
                    }
                }
            };
        }
        catch (MessagingException e) {
            throw new MailException(MessageFormat.format(NOT_SENT, "the mail server"), e);
        }
    }

    MimeMessage message(OutgoingMail mail) throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        MimeMessage message = new KeptMessageId(session());
        InternetAddress from = new InternetAddress(settings.get(FROM)
            .orElseThrow(() -> new IllegalStateException(NO_FROM)));
        try {
            // Re-created so that a name with accents ("Département du Cantal") is encoded, not sent as raw 8-bit.
            message.setFrom(from.getPersonal() == null ? from
                : new InternetAddress(from.getAddress(), from.getPersonal(), charset));
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), charset);
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), charset, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), charset, "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.saveChanges();
        return message;
    }

    /** A message that keeps the {@code Message-ID} it was given (a newsletter's bounces name it) when saved. */
    private static final class KeptMessageId extends MimeMessage {

        KeptMessageId(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            current = settings.get(SESSION).map(JakartaMailSender::lookup).orElseGet(this::smtp);
            session = current;
        }
        return current;
    }

    private Session smtp() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.get(SMTP_HOST).orElse("localhost"));
        properties.setProperty("mail.smtp.port", settings.get(SMTP_PORT).orElse("25"));
        // A mail server that hangs must not hold a dispatcher past its lease.
        properties.setProperty("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }

    private static Session lookup(String name) {
        try {
            return (Session) new InitialContext().lookup(name);
        }
        catch (NamingException | ClassCastException e) {
            throw new IllegalStateException(MessageFormat.format(NO_SESSION, name), e);
        }
    }
}
