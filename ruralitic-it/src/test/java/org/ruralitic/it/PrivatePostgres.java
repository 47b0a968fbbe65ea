package org.ruralitic.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the tests' own, in {@code target/}, on a port of its own: {@code DatabaseFailureIT} stops
 * and starts it under load, which it may never do to the machine's shared server (other builds use it). Made with
 * the machine's {@code initdb} and {@code pg_ctl} ({@code /usr/lib/postgresql/<version>/bin}); PostgreSQL refuses to
 * run as root, so under root (CI) they run as the {@code postgres} user.
 * <p>
 * The build starts it before the integration tests and stops it after them: {@code PrivatePostgres start|stop <data
 * directory> <port>}.
 */
public final class PrivatePostgres {

    private final Path data;
    private final int port;

    /**
     * @param data its data directory, created on first start.
     * @param port its port, on 127.0.0.1.
     */
    public PrivatePostgres(Path data, int port) {
        this.data = data.toAbsolutePath();
        this.port = port;
    }

    /** @return the server the build started, from the system properties failsafe sets. */
    public static PrivatePostgres ofBuild() {
        return new PrivatePostgres(Path.of(System.getProperty("ruralitic.it.failover.data")),
            Integer.parseInt(System.getProperty("ruralitic.it.failover.port")));
    }

    /** @return the JDBC address of its database {@code postgres}. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /**
     * @param args {@code start} or {@code stop}, the data directory, the port.
     */
    public static void main(String... args) {
        PrivatePostgres server = new PrivatePostgres(Path.of(args[1]), Integer.parseInt(args[2]));
        if ("start".equals(args[0])) {
            server.stop(); // one left running by an interrupted build
            server.start();
        }
        else {
            server.stop();
        }
    }

    /**
     * Creates the database cluster if need be, and starts the server unless it runs; returns once it accepts
     * connections.
     */
    public void start() {
        if (isRunning()) {
            return;
        }
        try {
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Files.createDirectories(data);
                if (isRoot()) {
                    run(List.of("chown", "postgres:postgres", data.toString()));
                }
                run(asPostgres(bin("initdb"), "-D", data.toString(), "-U", "postgres", "-A", "trust", "--no-sync",
                    "-E", "UTF8", "--locale=C"));
            }
            run(asPostgres(bin("pg_ctl"), "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c fsync=off", "start"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the server runs. */
    public boolean isRunning() {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return false;
        }
        try {
            Process status = new ProcessBuilder(asPostgres(bin("pg_ctl"), "-D", data.toString(), "status"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return status.waitFor(30, TimeUnit.SECONDS) && status.exitValue() == 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server at once (connections are cut, as when a database server fails), if it runs. */
    public void stop() {
        if (isRunning()) {
            run(asPostgres(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop"));
        }
    }

    private List<String> asPostgres(String... command) {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(Arrays.asList(command));
        return line;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String bin(String tool) {
        File[] versions = new File("/usr/lib/postgresql").listFiles(File::isDirectory);
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("No PostgreSQL server here (/usr/lib/postgresql/<version>/bin)");
        }
        // The newest version installed.
        File newest = Arrays.stream(versions).max(Comparator.comparingInt(PrivatePostgres::version)).orElseThrow();
        return new File(newest, "bin/" + tool).getPath();
    }

    private static int version(File directory) {
        try {
            return Integer.parseInt(directory.getName());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
