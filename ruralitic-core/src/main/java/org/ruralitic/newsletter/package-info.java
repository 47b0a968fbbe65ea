/**
 * Newsletter subscriptions, kept so that a public body can prove consent (RGPD art. 7).
 * <p>
 * This release holds the table and the entity; double opt-in, mail and unsubscription build on them.
 */
package org.ruralitic.newsletter;
