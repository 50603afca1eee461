package fi.digipolku.support.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a database that cannot be reached or is shutting down, anywhere in a failure's causes or suppressed
 * failures: a refused connection, SQL state class 08 (connection exception) or 57P (operator intervention),
 * Hibernate's JDBCConnectionException, or a pool that timed out waiting for a connection. Such a failure is
 * temporary: a request gets 503 with Retry-After, an event consumer waits and tries again.
 *
 * <p>
 * A commit that loses its connection is reported by the transaction manager as a RollbackException that carries the
 * driver's failure only as a suppressed exception, so both are searched.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when the failure, one of its causes or one of their suppressed failures is an unreachable database. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (unreachable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("57P"))
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout");
        }
        return false;
    }
}
