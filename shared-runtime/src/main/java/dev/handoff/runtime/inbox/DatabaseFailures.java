package dev.handoff.runtime.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells failures worth processing again (PostgreSQL unreachable; a transaction aborted by a deadlock or a serialization
 * conflict with another one) from failures a retry would only repeat.
 */
public final class DatabaseFailures {
    private DatabaseFailures() {}

    /** True when the database was unreachable, or the transaction lost a race another one won: a retry can succeed. */
    public static boolean isWorthRetrying(Throwable failure) {
        return isUnavailable(failure) || isTransientConflict(failure);
    }

    /**
     * True when a cause says PostgreSQL aborted the transaction for its timing alone: a deadlock (40P01), a serialization
     * failure (40001) or a lock it could not take (55P03). The same work in a new transaction is expected to pass.
     */
    public static boolean isTransientConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState())
                            || "40001".equals(sql.getSQLState())
                            || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** True when a cause says the connection failed or the server is shutting down, restarting or starting. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exceptions; admin/crash shutdown, cannot connect now
            }
            String type = cause.getClass().getName();
            String message = String.valueOf(cause.getMessage());
            if (type.endsWith("JDBCConnectionException") || message.contains("Acquisition timeout")) {
                return true; // Hibernate's wrapper of the above; Agroal found no connection in time
            }
        }
        return false;
    }
}
