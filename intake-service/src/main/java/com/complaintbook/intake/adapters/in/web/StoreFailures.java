package com.complaintbook.intake.adapters.in.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a database that cannot be reached from one that refused what it was asked. */
final class StoreFailures {

    /**
     * SQLSTATE classes of a lost or refused connection: connection exception, insufficient
     * resources, operator intervention (a shutdown or restart), system error.
     */
    private static final Set<String> UNREACHABLE_STATES = Set.of("08", "53", "57", "58");

    private StoreFailures() {
    }

    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof IOException) {
                return true;
            }
            // Commit or rollback failing in the driver means the connection went; nothing here defers
            // a constraint to commit time. What failed before the rollback is looked at too.
            if (cause instanceof TransactionSystemException transaction) {
                if (transaction.getCause() instanceof SQLException
                        || (transaction.getApplicationException() != null && isUnreachable(transaction.getApplicationException()))) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && UNREACHABLE_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
