package org.ruralitic.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database up to the library's schema with Flyway.
 * <p>
 * Safe to run on a portal's own database: our history table is {@value Migrations#HISTORY_TABLE}, and a schema that
 * already holds other tables is baselined at version 0, so that every RuraliTIC migration still runs. Several
 * servers starting at once are serialised by Flyway's database lock.
 *
 * <h2>Usage</h2>
 * <pre>
 * SchemaMigrator.migrate(dataSource);
 * </pre>
 *
 * @since 0.1
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /**
     * @param dataSource the library's data source.
     * @return the number of migrations applied by this call (0 when the schema was up to date).
     */
    public static int migrate(DataSource dataSource) {
        Dialect dialect = dialectOf(dataSource);
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .table(Migrations.HISTORY_TABLE)
            .resourceProvider(new ListedResources())
            .javaMigrationClassProvider(List::of)
            .placeholders(dialect.placeholders())
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
        return result.migrationsExecuted;
    }

    /**
     * @param dataSource a data source.
     * @return the dialect of its database.
     */
    public static Dialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.of(connection.getMetaData().getDatabaseProductName());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the RuraliTIC data source", e);
        }
    }
}
