package org.ruralitic.common;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source that counts the SQL statements executed through it, whatever the JPA provider: the way tests prove
 * that a query does not grow with the rows it returns (no N+1).
 */
public final class StatementCounter implements DataSource {

    private final DataSource target;
    private final AtomicInteger executed = new AtomicInteger();

    /**
     * @param target the real data source.
     */
    public StatementCounter(DataSource target) {
        this.target = target;
    }

    /** @return the statements executed since the last {@link #reset()}. */
    public int count() {
        return executed.get();
    }

    /** Starts counting from zero. */
    public void reset() {
        executed.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return proxy(Connection.class, target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return proxy(Connection.class, target.getConnection(username, password));
    }

    private <T> T proxy(Class<T> type, T real) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof Statement statement && !(type.isInstance(result))) {
                return wrap(statement);
            }
            if (real instanceof Statement && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }

    private Object wrap(Statement statement) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return proxy(castClass(type), statement);
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> castClass(Class<?> type) {
        return (Class<T>) type;
    }

    private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
