package dev.handoff.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Only an unreachable database is waited for; a record that fails on its own merits still goes to the dead letters. */
class DatabaseFailuresTest {

    @Test
    void connectionFailuresAndShutdownsAreWorthWaitingFor() {
        assertThat(DatabaseFailures.isUnavailable(new PersistenceException(
                        new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException()))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(
                        new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
    }

    @Test
    void failuresOfTheRecordItselfAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key value", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("no such chat")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(
                        new PersistenceException("constraint", new SQLException("x", "23514"))))
                .isFalse();
    }

    @Test
    void aTransactionThatLostARaceIsWorthRetryingButNotAnOutage() {
        PersistenceException deadlock = new PersistenceException(new SQLException("deadlock detected", "40P01"));
        assertThat(DatabaseFailures.isTransientConflict(deadlock)).isTrue();
        assertThat(DatabaseFailures.isWorthRetrying(deadlock)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(deadlock)).isFalse();
        assertThat(DatabaseFailures.isWorthRetrying(new SQLException("could not serialize access", "40001")))
                .isTrue();
        assertThat(DatabaseFailures.isWorthRetrying(new SQLException("could not obtain lock", "55P03")))
                .isTrue();
        assertThat(DatabaseFailures.isWorthRetrying(new SQLException("duplicate key value", "23505")))
                .isFalse();
    }
}
