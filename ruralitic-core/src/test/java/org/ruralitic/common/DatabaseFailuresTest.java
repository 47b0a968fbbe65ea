package org.ruralitic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsUnreachable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:55432 refused", "08001");
        Exception pool = new SQLException("Error in allocating a connection", null, refused);
        assertThat(DatabaseFailures.isUnreachable(new PersistenceException("read failed", pool))).isTrue();
    }

    @Test
    void aConflictIsWorthRetrying() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseFailures.isUnreachable(new PersistenceException("insert failed", unique))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("no cause"))).isFalse();
    }
}
