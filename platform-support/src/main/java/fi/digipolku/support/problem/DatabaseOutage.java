package fi.digipolku.support.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a database that cannot be reached or is shutting down, anywhere in a failure's cause chain: a refused
 * connection, SQL state class 08 (connection exception) or 57P (operator intervention), Hibernate's
 * JDBCConnectionException, or a pool that timed out waiting for a connection. Such a failure is temporary: a request
 * gets 503 with Retry-After, an event consumer waits and tries again.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when the failure, or one of its causes, is a database that cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
