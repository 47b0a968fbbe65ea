package org.ruralitic.programme;

import java.util.List;

import org.ruralitic.event.Edition;

/**
 * An edition's programme as the back-office shows it: the main edition, the parts a session may belong to (the
 * edition itself and its co-located days), and every session grouped by day.
 *
 * @param edition the main edition.
 * @param parts the edition then its co-located days, in date order.
 * @param days the sessions of all parts, by day then start time.
 * @since 0.3
 */
public record ProgrammeOutline(Edition edition, List<Edition> parts, List<ProgrammeDay> days) {

    /** Defensive copies. */
    public ProgrammeOutline {
        parts = List.copyOf(parts);
        days = List.copyOf(days);
    }

    /** @return how many sessions the programme holds. */
    public int sessionCount() {
        return days.stream().mapToInt(day -> day.sessions().size()).sum();
    }
}
