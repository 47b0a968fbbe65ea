package org.ruralitic.schema;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.ruralitic.common.Settings;

/**
 * Applies the migrations when the application is deployed, before it serves a request, unless
 * {@value Settings#SCHEMA_MIGRATE} is {@code false}.
 * <p>
 * A start-up singleton rather than a CDI {@code @Initialized} observer: Payara fires that event before the
 * application's {@code java:comp/env} is usable, so the services' persistence contexts could not be injected then.
 * Bean-managed transactions: Flyway commits on its own connection, outside JTA.
 *
 * @since 0.1
 */
@Startup
@Singleton(name = SchemaStartup.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

    /** The name of this singleton, for {@code @DependsOn}. */
    public static final String NAME = "RuraliticSchemaStartup";

    private static final Logger LOGGER = System.getLogger(SchemaStartup.class.getName());
    private static final String MIGRATED = "RuraliTIC schema: {0} migration(s) applied on {1}";
    private static final String SKIPPED = "RuraliTIC schema: migrations switched off (ruralitic.schema.migrate=false)";
    private static final String NO_DATA_SOURCE = "RuraliTIC setting " + Settings.DATA_SOURCE + "={0} does not name a"
        + " data source of this server";

    @Inject
    Settings settings;

    @PostConstruct
    void migrate() {
        if (!settings.flag(Settings.SCHEMA_MIGRATE, true)) {
            LOGGER.log(Level.INFO, SKIPPED);
            return;
        }
        DataSource dataSource = dataSource(settings.dataSource());
        int applied = SchemaMigrator.migrate(dataSource);
        LOGGER.log(Level.INFO, MIGRATED, applied, SchemaMigrator.dialectOf(dataSource));
    }

    private static DataSource dataSource(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        }
        catch (NamingException | ClassCastException e) {
            throw new IllegalStateException(MessageFormat.format(NO_DATA_SOURCE, name), e);
        }
    }
}
