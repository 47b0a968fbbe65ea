/**
 * The public-sector pages every French public site must publish: the accessibility statement (RGAA), the legal
 * notice and the personal-data page of the newsletter. Each shows a default text made from the settings, true of the
 * library out of the box, until an administrator edits it; pages and forms live in the Faces module.
 *
 * @since 0.3
 */
package org.ruralitic.legal;
