package org.ruralitic.newsletter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * Reads a delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}): the
 * recipients it reports as failed for good ({@code Action: failed}, a {@code 5.x.x} status), and the
 * {@code Message-ID} of the mail it returns, which names the issue and the subscription. A delay ({@code 4.x.x},
 * {@code Action: delayed}) is not a bounce: the reporting server keeps trying. Anything else is not a report.
 *
 * @param hardBounces the addresses that failed for good, lower case, with their status code.
 * @param messageId the returned mail's {@code Message-ID}, if quoted.
 * @since 0.3
 */
public record DeliveryReport(List<Bounce> hardBounces, Optional<String> messageId) {

    private static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z-]+)[ \\t]*:[ \\t]*(.*)$");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID[ \\t]*:[ \\t]*(<[^>\\r\\n]{1,250}>)");
    private static final Pattern OUR_ID = Pattern.compile("<rt\\.([0-9]{1,19})\\.([0-9]{1,19})\\.[^@>]*@[^>]*>");
    private static final int MAX_PART = 256 * 1024;

    /**
     * One address reported undeliverable.
     *
     * @param recipient the address, lower case.
     * @param status the status code, such as {@code 5.1.1}.
     * @since 0.3
     */
    public record Bounce(String recipient, String status) {
    }

    /**
     * @param message a message of the bounce mailbox.
     * @return what it reports; empty when it is no delivery status notification.
     * @throws MessagingException when the message cannot be read.
     * @throws IOException when the message cannot be read.
     */
    public static DeliveryReport of(Part message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")) {
            return new DeliveryReport(List.of(), Optional.empty());
        }
        Multipart parts = (Multipart) message.getContent();
        List<Bounce> bounces = new ArrayList<>();
        Optional<String> messageId = Optional.empty();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                bounces.addAll(hardBounces(text(part)));
            }
            else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")
                || part.isMimeType("message/global") || part.isMimeType("message/global-headers")) {
                Matcher matcher = MESSAGE_ID.matcher(text(part));
                if (matcher.find()) {
                    messageId = Optional.of(matcher.group(1));
                }
            }
        }
        return new DeliveryReport(List.copyOf(bounces), messageId);
    }

    /**
     * @param fields the text of a {@code message/delivery-status} part.
     * @return its recipients that failed for good.
     */
    static List<Bounce> hardBounces(String fields) {
        List<Bounce> bounces = new ArrayList<>();
        // Blocks of fields separated by blank lines: the message's first, then one per recipient.
        for (String block : fields.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            String recipient = null;
            String action = null;
            String status = null;
            Matcher field = FIELD.matcher(block);
            while (field.find()) {
                String name = field.group(1).toLowerCase(Locale.ROOT);
                String value = field.group(2).strip();
                switch (name) {
                    case "final-recipient" -> recipient = address(value);
                    case "original-recipient" -> recipient = recipient == null ? address(value) : recipient;
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "status" -> status = value.split("[ \\t(]", 2)[0];
                    default -> {
                        // other fields say nothing we act on
                    }
                }
            }
            if (recipient != null && "failed".equals(action) && status != null && status.startsWith("5.")) {
                bounces.add(new Bounce(recipient, status));
            }
        }
        return bounces;
    }

    /**
     * @return the issue and subscription the returned mail's {@code Message-ID} names, when it is one of ours.
     */
    public Optional<long[]> delivery() {
        return messageId.map(OUR_ID::matcher).filter(Matcher::matches).map(matcher -> {
            try {
                return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
            }
            catch (NumberFormatException e) {
                return null;
            }
        });
    }

    // "rfc822; jeanne@example.fr"
    private static String address(String value) {
        int semicolon = value.indexOf(';');
        String address = (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return address.isEmpty() || address.length() > Subscription.MAX_EMAIL ? null : address.toLowerCase(Locale.ROOT);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0 && out.size() < MAX_PART) {
                out.write(buffer, 0, read);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
