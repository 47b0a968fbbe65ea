package org.ruralitic.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the persistence unit executes for the current request, when the setting
 * {@value #SETTING} is {@code true}: the pages then answer with a {@code X-RuraliTIC-SQL} header. For benchmarks and
 * tests that prove a page's statements do not grow with what it lists; off (and free) otherwise.
 *
 * @since 0.1
 */
public final class StatementCount {

    /** The setting that switches counting on. */
    public static final String SETTING = "diagnostics.sql.count";

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private StatementCount() {
    }

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** @return the statements counted on this thread since {@link #start()}; counting stops. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    /**
     * @param dataSource a data source.
     * @return the same data source, counting the statements executed through it on threads that count.
     */
    public static DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource);
    }

    private static <T> T proxy(Class<T> type, T real) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(real, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getName().startsWith("getConnection")) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && real instanceof Connection) {
                return proxy(statementType(statement), statement);
            }
            if (real instanceof Statement && method.getName().startsWith("execute")) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                }
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] { type }, handler));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Statement> Class<T> statementType(Statement statement) {
        return (Class<T>) (statement instanceof CallableStatement ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class);
    }
}
