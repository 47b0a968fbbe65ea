/**
 * Outgoing mail: the {@link org.ruralitic.mail.MailSender} port with its Jakarta Mail implementation, and the
 * transactional outbox that makes sure no mail is lost (written with the change that decides it, sent later by
 * {@link org.ruralitic.mail.OutboxDispatcher}, retried, never dropped).
 * <p>
 * Nothing here knows the newsletter: features render their mails and put them in the outbox. A web request never
 * talks to an SMTP server.
 */
package org.ruralitic.mail;
