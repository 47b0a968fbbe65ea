package org.ruralitic.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The three databases the library supports, each test run in a database (or schema) of its own that is dropped
 * afterwards. PostgreSQL and MariaDB are the servers running on the machine; their URLs come from the build
 * ({@code ruralitic.test.postgresql.url}, {@code ruralitic.test.mariadb.url}). An unreachable server fails the test:
 * it is never skipped.
 */
public enum TestDatabase {

    H2 {
        @Override
        DataSource create(String name) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
                Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    },

    POSTGRESQL {
        @Override
        DataSource create(String name) throws SQLException {
            execute(url(), "CREATE SCHEMA " + name);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url());
            dataSource.setCurrentSchema(name);
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            execute(url(), "DROP SCHEMA " + name + " CASCADE");
        }
    },

    MARIADB {
        @Override
        DataSource create(String name) throws SQLException {
            execute(url(), "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            MariaDbDataSource dataSource = new MariaDbDataSource();
            dataSource.setUrl(url().replace("/test?", "/" + name + "?"));
            return dataSource;
        }

        @Override
        void drop(String name) throws SQLException {
            execute(url(), "DROP DATABASE " + name);
        }
    };

    /** @return a fresh, empty database of this kind; {@link #drop(String)} removes it. */
    public static String freshName() {
        return "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    abstract DataSource create(String name) throws SQLException;

    abstract void drop(String name) throws SQLException;

    /**
     * @param name a name from {@link #freshName()}.
     * @return a data source on a new, empty database.
     */
    public DataSource open(String name) {
        try {
            return create(name);
        }
        catch (SQLException e) {
            throw new IllegalStateException(this + " is unreachable: start it (see DEVELOPERS.md) - " + e.getMessage(), e);
        }
    }

    /**
     * @param name the name given to {@link #open(String)}.
     */
    public void close(String name) {
        try {
            drop(name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name + " on " + this, e);
        }
    }

    String url() {
        String property = "ruralitic.test." + name().toLowerCase(Locale.ROOT) + ".url";
        String url = System.getProperty(property);
        if (url == null) {
            throw new IllegalStateException("Set " + property + " (the build does)");
        }
        return url;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
