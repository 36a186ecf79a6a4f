package dev.cairn.migrate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Remembers why the migration session ended, when it ends under a migration. When the server terminates
 * the session (SQLSTATE 57P01, an administrator or a restart) or the network drops it (class 08), the
 * statement that was running gets the server's own error; every later call on the dead connection only
 * says "This connection has been closed" (08003), which is what reached the user before. The session's
 * connection is wrapped so that the first such error, and the SQL it came from, are kept for the report.
 */
final class SessionLoss {
    private volatile SQLException error;
    private volatile String sql;

    /** The connection as the run uses it: every statement it creates reports its errors here. */
    Connection watch(Connection c) {
        return wrap(Connection.class, c, null);
    }

    /** The first error that ended the session, or null while it lives. */
    SQLException error() {
        return error;
    }

    /** The SQL of the call that received {@link #error()}, when it was a statement. */
    String sql() {
        return sql;
    }

    static boolean endsSession(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private <T> T wrap(Class<T> type, T target, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Statement && method.getReturnType().isInterface()
                        && Statement.class.isAssignableFrom(method.getReturnType())) {
                    String prepared = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    return wrapStatement(method.getReturnType(), result, prepared);
                }
                return result;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException s && error == null && endsSession(s)) {
                    sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                    error = s;
                }
                throw cause;
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @SuppressWarnings("unchecked")
    private <T> Object wrapStatement(Class<T> type, Object statement, String preparedSql) {
        return wrap(type, (T) statement, preparedSql);
    }
}
