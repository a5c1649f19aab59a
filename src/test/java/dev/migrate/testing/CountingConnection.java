package dev.migrate.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real connection, counts the statements executed through it (round trips to the server) and keeps the SQL
 * given to its statements.
 */
public final class CountingConnection {

    private final AtomicInteger executions = new AtomicInteger();
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final Connection connection;

    public CountingConnection(Connection real) {
        this.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        sql.add((String) args[0]);
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof PreparedStatement ps) {
                        return wrap(ps, PreparedStatement.class);
                    }
                    if (result instanceof Statement s) {
                        return wrap(s, Statement.class);
                    }
                    return result;
                });
    }

    public Connection connection() {
        return connection;
    }

    public int executions() {
        return executions.get();
    }

    /** The SQL prepared, executed or batched through the connection, in order. */
    public List<String> sql() {
        return sql;
    }

    private <T> T wrap(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            if ((method.getName().startsWith("execute") || method.getName().equals("addBatch")) && args != null
                    && args.length > 0 && args[0] instanceof String text) {
                sql.add(text);
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
