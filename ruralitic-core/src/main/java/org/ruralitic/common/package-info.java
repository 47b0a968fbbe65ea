/**
 * Plumbing shared by the feature packages: settings, time, slugs, paging, provider-neutral converters.
 * <p>
 * Nothing here knows a feature; a class that needs to know about articles or editions belongs in that feature's package.
 */
package org.ruralitic.common;
