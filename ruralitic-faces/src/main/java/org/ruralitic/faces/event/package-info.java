/**
 * Views of editions: the edition home page, its banner and dates written the way readers write them; and the
 * back-office of editions (the list of editors and the edition form, with next year's edition started from it).
 * <p>
 * The domain (the {@code Edition} entity, its series and its services) lives in {@code org.ruralitic.event} of the
 * core module.
 */
package org.ruralitic.faces.event;
