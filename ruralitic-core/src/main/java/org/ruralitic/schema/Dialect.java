package org.ruralitic.schema;

import java.util.Locale;
import java.util.Map;

/**
 * The databases the migrations are written for, with the few type names that differ between them.
 *
 * @since 0.1
 */
public enum Dialect {

    /** H2 2.x, the embedded default of WildFly and Payara. */
    H2("TIMESTAMP(6)", "CHARACTER VARYING", "BLOB", ""),

    /** PostgreSQL 13 and later. */
    POSTGRESQL("TIMESTAMP(6)", "TEXT", "BYTEA", ""),

    /** MariaDB 10.6 and later (and MySQL 8). */
    MARIADB("DATETIME(6)", "TEXT", "LONGBLOB", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");

    private final Map<String, String> placeholders;

    // rt_binary: bytes of up to a few megabytes, read and written whole (JDBC setBytes/getBytes, no LOB locator).
    Dialect(String timestamp, String text, String binary, String tableOptions) {
        this.placeholders = Map.of("rt_timestamp", timestamp, "rt_text", text, "rt_binary", binary,
            "rt_table_options", tableOptions);
    }

    /** @return the values of the migrations' placeholders ({@code rt_timestamp}, {@code rt_text}, {@code rt_binary}...). */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /**
     * @param name a name such as {@code postgresql}, or a JDBC product name such as "MariaDB" or "MySQL".
     * @return the dialect.
     * @throws IllegalArgumentException for a database the migrations are not written for.
     */
    public static Dialect of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("h2")) {
            return H2;
        }
        if (lower.contains("postgres")) {
            return POSTGRESQL;
        }
        if (lower.contains("mariadb") || lower.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("RuraliTIC migrations support H2, PostgreSQL and MariaDB, not " + name);
    }
}
