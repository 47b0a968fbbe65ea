package org.ruralitic.common;

import java.time.ZoneId;

/**
 * Zones the library knows by name.
 *
 * @since 0.1
 */
public final class Zones {

    /** The zone of French events, and the default of the library. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Zones() {
    }
}
