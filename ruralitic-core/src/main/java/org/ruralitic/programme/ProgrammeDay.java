package org.ruralitic.programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The sessions of one day, by start time.
 *
 * @param day the day, in the edition's zone.
 * @param sessions its sessions, by start time then room.
 * @since 0.1
 */
public record ProgrammeDay(LocalDate day, List<ProgrammeSession> sessions) implements Serializable {
}
