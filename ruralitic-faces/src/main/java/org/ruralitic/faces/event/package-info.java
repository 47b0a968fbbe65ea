/**
 * Views of editions: the edition home page, its banner and dates written the way readers write them.
 * <p>
 * The domain (the {@code Edition} entity and its service) lives in {@code org.ruralitic.event} of the core module.
 */
package org.ruralitic.faces.event;
