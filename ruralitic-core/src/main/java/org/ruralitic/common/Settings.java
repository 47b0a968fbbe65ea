package org.ruralitic.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
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
 * <li>the entry {@code schema.migrate} of {@value #FILE} on the application's class path (a portal ships it as
 * {@code WEB-INF/classes/META-INF/ruralitic.properties});</li>
 * <li>the default.</li>
 * </ol>
 * The file is the one source the persistence unit can read for {@value #DATA_SOURCE}, because the unit starts before
 * the application's JNDI environment exists on Payara.
 *
 * @since 0.1
 */
@ApplicationScoped
public class Settings {

    /** The JNDI name of the library's JTA data source (default: the container's {@value #DEFAULT_DATA_SOURCE}). */
    public static final String DATA_SOURCE = "datasource";

    /** The data source of the library unless {@value #DATA_SOURCE} says otherwise. */
    public static final String DEFAULT_DATA_SOURCE = "java:comp/DefaultDataSource";

    /** The settings file, looked up on the application's class path. */
    public static final String FILE = "META-INF/ruralitic.properties";

    /** Whether migrations run at deployment (default {@code true}). */
    public static final String SCHEMA_MIGRATE = "schema.migrate";

    /** Whether {@code META-INF/ruralitic-content.json} files are imported at deployment (default {@code true}). */
    public static final String CONTENT_IMPORT = "content.import";

    /** The zone of the portal's events and of "now" (default {@code Europe/Paris}). */
    public static final String ZONE = "zone";

    private static final String JNDI_PREFIX = "java:comp/env/ruralitic/";

    private final Function<String, String> source;

    /** Reads JNDI, then system properties, then the environment, then the settings file. */
    public Settings() {
        this(sources(Thread.currentThread().getContextClassLoader()));
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

    /** @return the JNDI name of the library's data source. */
    public String dataSource() {
        return get(DATA_SOURCE).orElse(DEFAULT_DATA_SOURCE);
    }

    /**
     * @param loader the class loader of the application, for its settings file.
     * @return the sources of settings, in order of precedence.
     */
    public static Function<String, String> sources(ClassLoader loader) {
        Properties file = file(loader);
        // Settings do not change while the application runs, and a JNDI lookup that fails costs an exception: each
        // is looked up once (pages read some on every render), except while JNDI is not there yet (at deployment).
        Map<String, Optional<String>> known = new ConcurrentHashMap<>();
        return name -> {
            Optional<String> value = known.get(name);
            if (value == null) {
                Optional<String> jndi = jndi(name);
                if (jndi == null) {
                    return otherSources(name, file).orElse(null);
                }
                value = jndi.isPresent() ? jndi : otherSources(name, file);
                known.put(name, value);
            }
            return value.orElse(null);
        };
    }

    private static Optional<String> otherSources(String name, Properties file) {
        String value = System.getProperty("ruralitic." + name);
        if (value == null) {
            value = System.getenv("RURALITIC_" + name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return Optional.ofNullable(value == null ? file.getProperty(name) : value);
    }

    /** @return the env-entry, empty when the application has none of that name, {@code null} when JNDI cannot say. */
    private static Optional<String> jndi(String name) {
        try {
            Object value = new InitialContext().lookup(JNDI_PREFIX + name);
            return Optional.ofNullable(value == null ? null : value.toString());
        }
        catch (NamingException e) {
            // Payara wraps the NameNotFoundException; anything else: no JNDI here (a script, a test) or not yet.
            return e instanceof NameNotFoundException || e.getRootCause() instanceof NameNotFoundException
                ? Optional.empty() : null;
        }
        catch (RuntimeException noJndi) {
            return null;
        }
    }

    private static Properties file(ClassLoader loader) {
        Properties properties = new Properties();
        URL url = loader == null ? null : loader.getResource(FILE);
        if (url != null) {
            try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + url, e);
            }
        }
        return properties;
    }
}
