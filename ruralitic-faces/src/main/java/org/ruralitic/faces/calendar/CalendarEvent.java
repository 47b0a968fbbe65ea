package org.ruralitic.faces.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One event of a calendar file.
 *
 * @param uid a stable, globally unique identifier: the same event keeps it from one download to the next.
 * @param start when it starts.
 * @param end when it ends.
 * @param summary its title.
 * @param description its description, or {@code null}.
 * @param location its place and address, or {@code null}.
 * @param latitude the place's latitude, or {@code null}.
 * @param longitude the place's longitude, or {@code null}.
 * @param url its page, or {@code null}.
 * @param category its track or theme, or {@code null}.
 * @param lastModified when it last changed (DTSTAMP and LAST-MODIFIED).
 * @param sequence its revision (SEQUENCE), higher after each change.
 * @param cancelled whether it is cancelled.
 * @since 0.1
 */
public record CalendarEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String description,
    String location, Double latitude, Double longitude, String url, String category, Instant lastModified,
    int sequence, boolean cancelled) {
}
