package com.complaintbook.intake.adapters.in.web;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store failures a submitter may simply retry (503) and which are ours to fix (500). */
class StoreFailuresTest {

    @Test
    void aDatabaseThatIsDownRestartingOrOutOfConnectionsIsUnreachable() {
        assertThat(StoreFailures.isUnreachable(new CannotCreateTransactionException("no connection",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(StoreFailures.isUnreachable(new UncategorizedSQLException("nextval", "SELECT nextval(...)",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(StoreFailures.isUnreachable(new TransactionSystemException("Could not commit",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(StoreFailures.isUnreachable(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(StoreFailures.isUnreachable(new EventStoreException("could not be stored",
                new SQLException("too many connections", "53300")))).isTrue();
    }

    @Test
    void aRequestTheDatabaseRefusesIsNotAnOutage() {
        assertThat(StoreFailures.isUnreachable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreFailures.isUnreachable(new UncategorizedSQLException("insert", "INSERT ...",
                new SQLException("value too long", "22001")))).isFalse();
    }
}
