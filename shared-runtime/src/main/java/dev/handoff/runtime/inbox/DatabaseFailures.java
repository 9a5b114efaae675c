package dev.handoff.runtime.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells "PostgreSQL could not be reached" (worth waiting for) from failures a retry would only repeat. */
public final class DatabaseFailures {
    private DatabaseFailures() {}

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
