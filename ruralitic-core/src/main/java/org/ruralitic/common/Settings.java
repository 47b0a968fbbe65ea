package org.ruralitic.common;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The few settings of the library, read the same way on every server.
 * <p>
 * A setting {@code schema.migrate} is looked up, first found wins, as:
 * <ol>
 * <li>the JNDI environment entry {@code java:comp/env/ruralitic/schema.migrate} (an {@code <env-entry>} in the
 * portal's {@code web.xml});</li>
 * <li>the system property {@code ruralitic.schema.migrate};</li>
 * <li>the environment variable {@code RURALITIC_SCHEMA_MIGRATE};</li>
 * <li>the default.</li>
 * </ol>
 * The data source is not a setting: it is the resource reference {@value #DATA_SOURCE}, see the README.
 *
 * @since 0.1
 */
@ApplicationScoped
public class Settings {

    /** The resource reference of the library's data source; the portal's {@code web.xml} may point it elsewhere. */
    public static final String DATA_SOURCE = "java:comp/env/jdbc/ruralitic";

    /** Whether migrations run at deployment (default {@code true}). */
    public static final String SCHEMA_MIGRATE = "schema.migrate";

    /** Whether {@code META-INF/ruralitic-content.json} files are imported at deployment (default {@code true}). */
    public static final String CONTENT_IMPORT = "content.import";

    /** The zone of the portal's events and of "now" (default {@code Europe/Paris}). */
    public static final String ZONE = "zone";

    private static final String JNDI_PREFIX = "java:comp/env/ruralitic/";

    private final Function<String, String> source;

    /** Reads JNDI, then system properties, then the environment. */
    public Settings() {
        this(Settings::lookup);
    }

    /**
     * @param source the source of raw values by setting name, for tests and scripts.
     */
    public Settings(Function<String, String> source) {
        this.source = source;
    }

    /**
     * @param name the name of the setting, such as {@value #SCHEMA_MIGRATE}.
     * @return its raw value, if set anywhere.
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(source.apply(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * @param name the name of the setting.
     * @param defaultValue the value when it is not set.
     * @return the value as a boolean ({@code true} only for "true", ignoring case).
     */
    public boolean flag(String name, boolean defaultValue) {
        return get(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /**
     * @param name the name of the setting.
     * @param defaultValue the value when it is not set.
     * @return the value as an ISO-8601 duration ({@code P7D}, {@code PT1H}).
     */
    public Duration duration(String name, Duration defaultValue) {
        return get(name).map(Duration::parse).orElse(defaultValue);
    }

    /** @return the zone of the portal's events, {@code Europe/Paris} unless set. */
    public ZoneId zone() {
        return get(ZONE).map(ZoneId::of).orElse(Zones.PARIS);
    }

    private static String lookup(String name) {
        try {
            Object value = new InitialContext().lookup(JNDI_PREFIX + name);
            if (value != null) {
                return value.toString();
            }
        }
        catch (NamingException | RuntimeException notBound) {
            // Not an env-entry of this application (or no JNDI at all, as in a script): try the next source.
        }
        String property = System.getProperty("ruralitic." + name);
        if (property != null) {
            return property;
        }
        return System.getenv("RURALITIC_" + name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
}
