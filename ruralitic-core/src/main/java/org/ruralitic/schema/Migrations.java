package org.ruralitic.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The migration scripts, in order. A new migration is a new {@code V<n>__<what>.sql} file in
 * {@code org/ruralitic/schema/migration} and a new line here (a test checks that the two agree).
 * <p>
 * They are listed rather than scanned: class-path scanning differs between WildFly's VFS, Payara and a plain JVM.
 *
 * @since 0.1
 */
public final class Migrations {

    /** Where the scripts are, on the class path. */
    public static final String LOCATION = "org/ruralitic/schema/migration";

    /** The scripts, oldest first. */
    public static final List<String> SCRIPTS = List.of(
        "V1__schema.sql",
        "V2__default_tiers.sql",
        "V3__newsletter.sql",
        "V4__change_stamps.sql",
        "V5__article_editing.sql",
        "V6__media.sql",
        "V7__newsletter_issues.sql",
        // Public-sector pages (issue 12).
        "V8__legal_pages.sql",
        // Conference series (issue 12)
        "V9__series.sql",
        // Public pages whose cost stays flat with the number of articles (issue 14).
        "V10__listed_articles.sql");

    /** The history table of our migrations, apart from any Flyway history of the portal. */
    public static final String HISTORY_TABLE = "rt_schema_history";

    private Migrations() {
    }

    /**
     * @param script one of {@link #SCRIPTS}.
     * @return its text, as written (placeholders not replaced).
     */
    public static String read(String script) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(LOCATION + "/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + LOCATION + "/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param script one of {@link #SCRIPTS}.
     * @param dialect the database.
     * @return its SQL for that database.
     */
    public static String resolve(String script, Dialect dialect) {
        String sql = read(script);
        for (Map.Entry<String, String> placeholder : dialect.placeholders().entrySet()) {
            sql = sql.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return sql;
    }

    static Reader reader(String script) {
        return new StringReader(read(script));
    }
}
