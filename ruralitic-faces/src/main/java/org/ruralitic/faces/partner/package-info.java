/**
 * Views of the partner wall (partners by tier, logo size by tier) and their back-office: partners, tiers, themes and
 * each edition's wall, edited through plain forms that work without JavaScript.
 * <p>
 * The domain lives in {@code org.ruralitic.partner} and {@code org.ruralitic.theme} of the core module.
 */
package org.ruralitic.faces.partner;
