package dev.cairn.postgres.inspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A JDBC connection that records every statement executed through it. */
final class CountingConnection {
    final List<String> executed = new ArrayList<>();
    /** How long each execute call took (fetching the rows afterwards is not included). */
    final List<Long> nanos = new ArrayList<>();
    final Connection connection;

    CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement ps) {
                        String sql = (String) args[0];
                        return wrap(ps, PreparedStatement.class, sql);
                    }
                    if (result instanceof Statement s) {
                        return wrap(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private <T> T wrap(T statement, Class<T> type, String preparedSql) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.add(preparedSql != null ? preparedSql : String.valueOf(args[0]));
                long t = System.nanoTime();
                Object r = invoke(statement, method, args);
                nanos.add(System.nanoTime() - t);
                return r;
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
