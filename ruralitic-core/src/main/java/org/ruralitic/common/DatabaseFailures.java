package org.ruralitic.common;

import java.sql.SQLException;

/**
 * Tells a database that cannot be reached from a conflict worth retrying: retrying a transaction helps when a
 * concurrent request took a row first, never when the database is away, where each attempt only makes the visitor
 * wait longer for the same answer.
 *
 * @since 0.1
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * @param failure what a transaction threw.
     * @return whether one of its causes is a JDBC connection failure (SQL state class {@code 08}: refused, broken,
     *         timed out).
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
