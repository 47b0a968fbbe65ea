/**
 * Editions of the conference and the days co-located with them (such as the Smart Agri Forum), their venue and
 * social links, the conference series they belong to, and their back-office ({@link org.ruralitic.event.EditionEditing}).
 * <p>
 * The entity is called {@link org.ruralitic.event.Edition} so that it never clashes with CDI's {@code Event}. The
 * programme of an edition lives in {@code org.ruralitic.programme}.
 */
package org.ruralitic.event;
