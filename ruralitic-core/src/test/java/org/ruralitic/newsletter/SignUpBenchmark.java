package org.ruralitic.newsletter;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.ruralitic.common.Fixture;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.ResourceLocalTransactions;
import org.ruralitic.common.Settings;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.mail.JakartaMailSender;
import org.ruralitic.schema.SchemaMigrator;

/**
 * Newsletter sign-ups per second on PostgreSQL, in-process, for {@code bench/run}: several threads call
 * {@link NewsletterService#subscribe(SignUp)} with new addresses for a fixed time, each sign-up being a subscription
 * row and a confirmation mail in the outbox, committed together, as on a server. The anti-abuse checks are off
 * ({@link SignUp#of} leaves the client key and form stamp {@code null}), the outbox is not dispatched (no mail
 * leaves). The services are wired as {@link Fixture.Services} wires them, on a fresh PostgreSQL schema migrated by
 * the library, through a small connection pool (as a server's data source; without one every transaction would
 * open a PostgreSQL connection).
 * <p>
 * {@code SignUpBenchmark [seconds=10] [threads=8] [repetitions=3] [warmup=5] [providers=ECLIPSELINK,HIBERNATE]}.
 * Prints one {@code SIGNUP ...} line per repetition, read by {@code bench/run}.
 */
public final class SignUpBenchmark {

    private SignUpBenchmark() {
    }

    /**
     * @param args seconds, threads, repetitions, warm-up seconds, providers (comma-separated).
     * @throws Exception when the database fails.
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String providers = args.length > 4 ? args[4] : "ECLIPSELINK,HIBERNATE";
        if (System.getProperty("ruralitic.test.postgresql.url") == null) {
            System.setProperty("ruralitic.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        }
        for (String provider : providers.split(",")) {
            run(JpaProvider.valueOf(provider.strip().toUpperCase(Locale.ROOT)), seconds, threads, repetitions, warmup);
        }
        System.exit(0);
    }

    private static void run(JpaProvider provider, int seconds, int threads, int repetitions, int warmup)
        throws Exception {
        String schema = TestDatabase.freshName();
        DataSource raw = TestDatabase.POSTGRESQL.open(schema);
        Pool pool = new Pool(raw);
        EntityManagerFactory factory = null;
        try {
            SchemaMigrator.migrate(raw);
            factory = provider.open(pool);
            Map<String, String> values = Map.of(NewsletterService.BASE_URL, "https://www.cantal.fr/",
                JakartaMailSender.FROM, "Département du Cantal <newsletter@cantal.fr>");
            Fixture.Services services = new Fixture.Services(null, Clock.systemUTC(),
                new ResourceLocalTransactions(factory), new Settings(values::get));
            NewsletterService newsletter = services.newsletter();
            String tag = provider.name().toLowerCase(Locale.ROOT);
            measure(newsletter, tag + "-warmup", warmup, threads);
            for (int repetition = 1; repetition <= repetitions; repetition++) {
                long outboxBefore = count(raw, "rt_outbox");
                long subscriptionsBefore = count(raw, "rt_subscription");
                Result result = measure(newsletter, tag + "-" + repetition, seconds, threads);
                long outbox = count(raw, "rt_outbox") - outboxBefore;
                long subscriptions = count(raw, "rt_subscription") - subscriptionsBefore;
                System.out.printf(Locale.ROOT, "SIGNUP provider=%s rep=%d threads=%d seconds=%.2f signups=%d"
                    + " rate=%.1f subscriptions=%d outbox=%d errors=%d%n", tag, repetition, threads,
                    result.nanos() / 1e9, result.signUps(), result.signUps() / (result.nanos() / 1e9), subscriptions,
                    outbox, result.errors());
            }
        }
        finally {
            if (factory != null) {
                factory.close();
            }
            pool.closeAll();
            TestDatabase.POSTGRESQL.close(schema);
        }
    }

    private record Result(long signUps, long errors, long nanos) {
    }

    private static Result measure(NewsletterService newsletter, String run, int seconds, int threads)
        throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(executor.submit(() -> {
                    for (long i = 0; !stop.get(); i++) {
                        try {
                            newsletter.subscribe(SignUp.of("bench-" + run + "-" + thread + "-" + i + "@example.org",
                                true, Locale.FRENCH, "/ruralitic/"));
                            done.incrementAndGet();
                        }
                        catch (RuntimeException e) {
                            if (errors.incrementAndGet() == 1) {
                                e.printStackTrace();
                            }
                        }
                    }
                }));
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get();
            }
            // Until the last sign-up in flight is committed, so that sign-ups and rows match.
            return new Result(done.get(), errors.get(), System.nanoTime() - start);
        }
        finally {
            executor.shutdownNow();
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A data source that keeps closed connections for the next caller, in auto-commit, as a server's pool does. */
    static final class Pool implements DataSource {

        private final DataSource real;
        private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
        private final List<Connection> all = new ArrayList<>();

        Pool(DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = idle.poll();
            if (connection == null) {
                connection = real.getConnection();
                synchronized (all) {
                    all.add(connection);
                }
            }
            Connection pooled = connection;
            AtomicBoolean closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(SignUpBenchmark.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (closed.compareAndSet(false, true)) {
                                if (!pooled.getAutoCommit()) {
                                    pooled.rollback();
                                    pooled.setAutoCommit(true);
                                }
                                idle.add(pooled);
                            }
                            return null;
                        case "isClosed":
                            return closed.get();
                        default:
                            try {
                                return method.invoke(pooled, args);
                            }
                            catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
        }

        void closeAll() throws SQLException {
            synchronized (all) {
                for (Connection connection : all) {
                    connection.close();
                }
            }
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return real.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return real.isWrapperFor(type);
        }
    }
}
