/**
 * The programme of an edition: sessions (keynotes, round tables, workshops...) with their speakers, day by day.
 * <p>
 * Editions themselves live in {@code org.ruralitic.event}; this package only points at them.
 */
package org.ruralitic.programme;
