package dev.migrate.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real connection and counts the statements executed through it (round trips to the server). */
final class CountingConnection {

    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection real) {
        this.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
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

    Connection connection() {
        return connection;
    }

    int executions() {
        return executions.get();
    }

    private <T> T wrap(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
