/**
 * The newsletter list, kept so that a public body can prove consent (RGPD art. 7): double opt-in sign-up,
 * confirmation and one-click unsubscription links, erasure and export of subscribers.
 * <p>
 * Mails go through the outbox of {@code org.ruralitic.mail}; anti-abuse checks come from {@code org.ruralitic.guard}.
 * The pages that call {@link org.ruralitic.newsletter.NewsletterService} live in ruralitic-faces.
 */
package org.ruralitic.newsletter;
