/**
 * Themes: the subjects (e-democracy, digital inclusion, agriculture...) that articles, editions and programme tracks
 * are filed under.
 * <p>
 * A theme is reference data identified by a stable code; its labels come in French and English.
 */
package org.ruralitic.theme;
