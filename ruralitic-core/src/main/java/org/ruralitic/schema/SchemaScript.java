package org.ruralitic.schema;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the SQL of every migration for one database, for a DBA who applies the schema by hand (with
 * {@code ruralitic.schema.migrate=false} on the servers).
 *
 * <h2>Usage</h2>
 * <pre>
 * java -jar ruralitic-core.jar postgresql &gt; ruralitic.sql
 * </pre>
 *
 * @since 0.1
 */
public final class SchemaScript {

    private SchemaScript() {
    }

    /**
     * @param args one argument: {@code h2}, {@code postgresql} or {@code mariadb}.
     */
    public static void main(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            System.err.println("Usage: java -jar ruralitic-core.jar h2|postgresql|mariadb");
            System.exit(2);
        }
        out.print(script(Dialect.of(args[0])));
    }

    /**
     * @param dialect the database.
     * @return the SQL of all migrations for it, each headed by a comment with its version.
     */
    public static String script(Dialect dialect) {
        StringBuilder sql = new StringBuilder();
        for (String script : Migrations.SCRIPTS) {
            sql.append("-- ").append(script).append('\n').append(Migrations.resolve(script, dialect)).append('\n');
        }
        return sql.toString();
    }
}
