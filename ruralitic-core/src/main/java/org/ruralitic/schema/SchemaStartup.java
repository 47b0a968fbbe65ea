package org.ruralitic.schema;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.ruralitic.common.Settings;

/**
 * Applies the migrations when the application starts, before anything reads the database, unless
 * {@value Settings#SCHEMA_MIGRATE} is {@code false}.
 *
 * @since 0.1
 */
@ApplicationScoped
public class SchemaStartup {

    /** Observer priority: before the content import and the portal's own start-up observers. */
    public static final int PRIORITY = Interceptor.Priority.LIBRARY_BEFORE;

    private static final Logger LOGGER = System.getLogger(SchemaStartup.class.getName());
    private static final String MIGRATED = "RuraliTIC schema: {0} migration(s) applied on {1}";
    private static final String SKIPPED = "RuraliTIC schema: migrations switched off (ruralitic.schema.migrate=false)";
    private static final String NO_DATA_SOURCE = "RuraliTIC needs the data source " + Settings.DATA_SOURCE
        + " (declared by ruralitic-core's web-fragment.xml, pointing at java:comp/DefaultDataSource unless the portal's"
        + " web.xml points the resource-ref jdbc/ruralitic elsewhere)";

    void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object application,
        Settings settings) {
        if (!settings.flag(Settings.SCHEMA_MIGRATE, true)) {
            LOGGER.log(Level.INFO, SKIPPED);
            return;
        }
        DataSource dataSource = dataSource();
        int applied = SchemaMigrator.migrate(dataSource);
        LOGGER.log(Level.INFO, MIGRATED, applied, SchemaMigrator.dialectOf(dataSource));
    }

    /**
     * @return the library's data source.
     * @throws IllegalStateException with the way to fix it, when it is not bound.
     */
    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(Settings.DATA_SOURCE);
        }
        catch (NamingException | ClassCastException e) {
            throw new IllegalStateException(NO_DATA_SOURCE, e);
        }
    }
}
