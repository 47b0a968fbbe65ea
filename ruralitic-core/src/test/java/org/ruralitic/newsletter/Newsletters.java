package org.ruralitic.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ruralitic.common.Fixture;
import org.ruralitic.common.Persistence;
import org.ruralitic.mail.OutboxMail;

/**
 * What the newsletter tests read and do on a {@link Fixture}: sign-ups at a clock, the subscription and the outbox
 * rows of an address, the tokens of a mail's links.
 */
public final class Newsletters {

    private static final Pattern CONFIRM = Pattern.compile("/ruralitic/newsletter/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile(
        "/ruralitic/newsletter/unsubscribe\\?token=([A-Za-z0-9_-]+)");

    private final Fixture fixture;

    /**
     * @param fixture the database and provider.
     */
    public Newsletters(Fixture fixture) {
        this.fixture = fixture;
    }

    /**
     * @param clock the time of the sign-up.
     * @param email the address.
     * @return the outcome of a French sign-up with consent.
     */
    public SignUpOutcome subscribe(Clock clock, String email) {
        return fixture.inTransaction(clock, services -> services.newsletter()
            .subscribe(email, true, Locale.FRENCH, "/ruralitic/"));
    }

    /**
     * @param email the normalised address.
     * @return its subscription, detached.
     */
    public Optional<Subscription> subscription(String email) {
        return fixture.inTransaction(services -> Persistence.single(services.entityManager()
            .createNamedQuery(Subscription.BY_EMAIL, Subscription.class).setParameter("email", email)));
    }

    /**
     * @param email the normalised address.
     * @return the rows of the outbox to it, oldest first.
     */
    public List<OutboxMail> outbox(String email) {
        return fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT m FROM OutboxMail m WHERE m.recipient = :recipient ORDER BY m.id", OutboxMail.class)
            .setParameter("recipient", email).getResultList());
    }

    /**
     * @param email the normalised address.
     * @return the token of the confirmation link of the last mail to it.
     */
    public String confirmToken(String email) {
        List<OutboxMail> mails = outbox(email);
        return confirmTokenIn(mails.get(mails.size() - 1).toOutgoingMail().text());
    }

    /**
     * @param email the normalised address.
     * @return the token of the unsubscribe link of the last mail to it.
     */
    public String unsubscribeToken(String email) {
        List<OutboxMail> mails = outbox(email);
        return unsubscribeTokenIn(mails.get(mails.size() - 1).toOutgoingMail().text());
    }

    /**
     * @param text a text with a confirmation link.
     * @return its token.
     */
    public static String confirmTokenIn(String text) {
        return find(CONFIRM, text);
    }

    /**
     * @param text a text with an unsubscribe link.
     * @return its token.
     */
    public static String unsubscribeTokenIn(String text) {
        return find(UNSUBSCRIBE, text);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link " + pattern + " in " + text);
        }
        return matcher.group(1);
    }
}
