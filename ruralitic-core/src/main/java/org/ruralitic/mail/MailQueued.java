package org.ruralitic.mail;

/**
 * The CDI event that a feature fires in the transaction that put a mail a person waits for in the outbox (a
 * confirmation link): once that transaction commits, {@link OutboxSchedule} sends it at once instead of at its next
 * run, up to ten seconds later. Nothing is lost without it: the schedule sends every due mail anyway.
 *
 * @since 0.1
 */
public final class MailQueued {

    /** The one event: it carries nothing, the outbox holds the mail. */
    public static final MailQueued EVENT = new MailQueued();

    private MailQueued() {
    }
}
