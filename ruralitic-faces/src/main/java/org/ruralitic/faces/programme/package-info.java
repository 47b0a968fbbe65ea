/**
 * Views of the programme: day by day with filters that work without JavaScript, a session's page, the speakers.
 * <p>
 * The domain lives in {@code org.ruralitic.programme} of the core module.
 */
package org.ruralitic.faces.programme;
