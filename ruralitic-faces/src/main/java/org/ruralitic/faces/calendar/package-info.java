/**
 * iCalendar (RFC 5545) files of an edition, of a session, and the subscribable programme, served under
 * {@code /ruralitic/calendar/}.
 * <p>
 * Written by {@link org.ruralitic.faces.calendar.ICalendarWriter}, a small writer of our own: the files only need a few
 * properties, and a library would bring its own dependencies (logging included) into every portal. Tests read the
 * output back with ical4j.
 */
package org.ruralitic.faces.calendar;
