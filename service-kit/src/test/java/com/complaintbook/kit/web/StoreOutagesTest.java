package com.complaintbook.kit.web;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store failures a caller may simply retry (503) and which are the service's to fix. */
class StoreOutagesTest {

    @Test
    void aDatabaseThatIsDownRestartingOrOutOfConnectionsIsAnOutage() {
        assertThat(StoreOutages.isOutage(new CannotCreateTransactionException("no connection",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(StoreOutages.isOutage(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")))).isTrue();
        assertThat(StoreOutages.isOutage(new UncategorizedSQLException("nextval", "SELECT nextval(...)",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(StoreOutages.isOutage(new TransactionSystemException("Could not commit",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(StoreOutages.isOutage(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        // A framework's own wrapping (Axon's event store, say) hides nothing: the causes are looked at.
        assertThat(StoreOutages.isOutage(new IllegalStateException("could not be stored",
                new SQLException("too many connections", "53300")))).isTrue();
        // A unit of work still holding a connection the pool evicted when the server went away.
        assertThat(StoreOutages.isOutage(new IllegalStateException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aClosedConnectionIsAnOutageOnlyAsThePoolReportsIt() {
        assertThat(StoreOutages.isOutage(new SQLException("Connection is closed by a trigger", "P0001"))).isFalse();
        assertThat(StoreOutages.isOutage(new SQLWarning("Connection is closed"))).isFalse();
    }

    @Test
    void aMongoServerThatCannotBeSelectedOrReachedIsAnOutage() {
        MongoTimeoutException selection = new MongoTimeoutException("Timed out while waiting for a server");
        assertThat(StoreOutages.isOutage(selection)).isTrue();
        assertThat(StoreOutages.isOutage(new DataAccessResourceFailureException("translated", selection))).isTrue();
        assertThat(StoreOutages.isOutage(new MongoSocketOpenException("Exception opening socket",
                new ServerAddress("localhost", 27017), new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aRequestTheStoreRefusesIsNotAnOutage() {
        assertThat(StoreOutages.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreOutages.isOutage(new UncategorizedSQLException("insert", "INSERT ...",
                new SQLException("value too long", "22001")))).isFalse();
        assertThat(StoreOutages.isOutage(new DuplicateKeyException("E11000 duplicate key error"))).isFalse();
        assertThat(StoreOutages.isOutage(new IllegalArgumentException("a bug"))).isFalse();
    }
}
