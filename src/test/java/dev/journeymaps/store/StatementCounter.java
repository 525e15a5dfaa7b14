package dev.journeymaps.store;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a DataSource so every executed SQL statement is counted (a test's view of N+1 queries). */
public final class StatementCounter {
    private final AtomicInteger executed = new AtomicInteger();

    public DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource);
    }

    public int count() {
        return executed.get();
    }

    public void reset() {
        executed.set(0);
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            if (Statement.class.isAssignableFrom(method.getDeclaringClass()) && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result = invoke(method, target, args);
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return wrapStatement(method.getReturnType(), result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    @SuppressWarnings("unchecked")
    private <S> Object wrapStatement(Class<?> type, Object statement) {
        return proxy((Class<S>) type, (S) statement);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
