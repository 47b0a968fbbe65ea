package org.ruralitic.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates the PostgreSQL schemas of the integration tests before they run (called by the build).
 */
public final class FreshSchemas {

    private FreshSchemas() {
    }

    /**
     * @param args the JDBC URL, then the schema names.
     * @throws SQLException when PostgreSQL is unreachable: the tests would fail anyway, better say why now.
     */
    public static void main(String... args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0]);
            Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute("DROP SCHEMA IF EXISTS " + args[i] + " CASCADE");
                statement.execute("CREATE SCHEMA " + args[i]);
            }
        }
    }
}
