package dev.journeymaps.store;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a DataSource so every executed SQL statement is counted (a test's view of N+1 queries), with its text and
 * the rows read back through its result sets (a test's view of "this read the whole map").
 */
public final class StatementCounter {
    private final AtomicInteger executed = new AtomicInteger();
    private final AtomicInteger rowsRead = new AtomicInteger();
    private final List<String> statements = new ArrayList<>();

    public DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, null);
    }

    public int count() {
        return executed.get();
    }

    /** Rows the executed queries returned to the caller (every {@code ResultSet.next()} that found one). */
    public int rowsRead() {
        return rowsRead.get();
    }

    /** The text of every statement executed since the last reset, in order ({@code null} for a batch). */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public synchronized void reset() {
        executed.set(0);
        rowsRead.set(0);
        statements.clear();
    }

    private synchronized void executed(String sql, Object[] args) {
        executed.incrementAndGet();
        statements.add(sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String text ? text : null);
    }

    private <T> T proxy(Class<T> type, T target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            if (Statement.class.isAssignableFrom(method.getDeclaringClass()) && method.getName().startsWith("execute")) {
                executed(sql, args);
            }
            Object result = invoke(method, target, args);
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection, null);
            }
            if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return wrap(method.getReturnType(), result, text);
            }
            if (result instanceof ResultSet && method.getReturnType() == ResultSet.class) {
                return proxy(ResultSet.class, (ResultSet) result, sql);
            }
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rowsRead.incrementAndGet();
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    @SuppressWarnings("unchecked")
    private <S> Object wrap(Class<?> type, Object statement, String sql) {
        return proxy((Class<S>) type, (S) statement, sql);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
