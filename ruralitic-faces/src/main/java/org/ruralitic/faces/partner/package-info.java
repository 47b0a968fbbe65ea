/**
 * Views of the partner wall: partners by tier, logo size by tier.
 * <p>
 * The domain lives in {@code org.ruralitic.partner} of the core module.
 */
package org.ruralitic.faces.partner;
