package com.complaintbook.kit.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.ClassUtils;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells a store that cannot be reached just now (down, failing over, out of connections, a session cut
 * by a restart) from one that refused what it was asked. The first is worth retrying unchanged in a few
 * seconds; the second is not. Spring's translation of either store's errors is recognised, and the raw
 * JDBC and MongoDB driver errors beneath it or beneath a framework's own wrapping (Axon's, say), since
 * the whole chain of causes is looked at.
 */
public final class StoreOutages {

    /**
     * SQLSTATE classes of a lost or refused connection: connection exception, insufficient resources,
     * operator intervention (a shutdown or restart), system error.
     */
    private static final Set<String> UNREACHABLE_SQL_STATES = Set.of("08", "53", "57", "58");

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    /**
     * The driver's errors for a server it cannot select, reach or keep talking to, and for one that is
     * stepping down or recovering; named, because not every service has MongoDB.
     */
    private static final List<Class<?>> MONGO_OUTAGES = present(
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoServerUnavailableException");

    private StoreOutages() {
    }

    /** Whether the failure, or anything it was caused by, says the store cannot be reached just now. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOutageItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable cause) {
        // Spring's "retry without intervention and it may work": resource failures, query timeouts, lock
        // conflicts; all answered alike, by a short pause and the same request again.
        if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SocketException || cause instanceof SocketTimeoutException) {
            return true;
        }
        // A commit or rollback failing in the driver means the connection went; what failed before the
        // rollback is looked at too.
        if (cause instanceof TransactionSystemException transaction
                && (transaction.getCause() instanceof SQLException
                || (transaction.getApplicationException() != null && isOutage(transaction.getApplicationException())))) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                && UNREACHABLE_SQL_STATES.contains(sql.getSQLState().substring(0, 2))) {
            return true;
        }
        // HikariCP's answer, without a SQLSTATE, on a connection it has already evicted as broken: a
        // unit of work that took it before the server went away still holds it.
        if (cause.getClass() == SQLException.class && HIKARI_CLOSED_CONNECTION.equals(cause.getMessage())) {
            return true;
        }
        for (Class<?> outage : MONGO_OUTAGES) {
            if (outage.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The failure's chain of causes by class name only, for a log line: messages may quote stored data. */
    static String causeNames(Throwable failure) {
        StringBuilder names = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 5; cause = cause.getCause(), depth++) {
            if (!names.isEmpty()) {
                names.append(" <- ");
            }
            names.append(cause.getClass().getSimpleName());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return names.toString();
    }

    private static List<Class<?>> present(String... classNames) {
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = StoreOutages.class.getClassLoader();
        for (String name : classNames) {
            if (ClassUtils.isPresent(name, loader)) {
                classes.add(ClassUtils.resolveClassName(name, loader));
            }
        }
        return List.copyOf(classes);
    }
}
