/**
 * The public-sector pages in Faces: the accessibility statement, legal notice and personal-data page under
 * {@code /ruralitic/accessibility}, {@code /legal-notice} and {@code /personal-data}, linked from the default
 * template's footer, and their editor for administrators ({@code /ruralitic/admin/legal}). Their texts and defaults
 * belong to {@code org.ruralitic.legal} in the core.
 *
 * @since 0.3
 */
package org.ruralitic.faces.legal;
