package org.ruralitic.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ruralitic.it.LocalMachine;

/**
 * One server of the portal, started by the test as an operator starts it: its own process, the sample portal's WAR,
 * its settings from {@code RURALITIC_*} environment variables. Its address is on 127.0.0.1, its output goes to a log
 * file under {@code target/two-servers/}.
 */
final class PortalServer implements AutoCloseable {

    /** The context root of the portal on both servers. */
    static final String CONTEXT = "/portal/";

    private static final List<Integer> WILDFLY_PORTS = List.of(8080, 8443, 9990, 9993, 4712, 4713, 8009);

    private final String name;
    private final Process process;
    private final URI base;
    private final Path log;
    private final Path failedMarker;

    private PortalServer(String name, Process process, URI base, Path log, Path failedMarker) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.log = log;
        this.failedMarker = failedMarker;
        // Whatever happens to the test (a failed start, an interrupted build), no server of ours outlives its JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill, "stop " + name));
    }

    /**
     * Starts a WildFly of its own (a base directory of its own, a port offset no one uses), with the PostgreSQL
     * driver and a data source deployed; {@link #deployPortal()} deploys the WAR.
     *
     * @param work its directory, emptied first.
     * @param jdbcUrl the PostgreSQL database, {@code jdbc:postgresql://host:port/db?currentSchema=...}.
     * @param dataSource the JNDI name of the data source, {@code java:jboss/datasources/...}.
     * @param settings the portal's settings, by name.
     * @return the server, its data source deployed.
     */
    static PortalServer wildFly(Path work, String jdbcUrl, String dataSource, Map<String, String> settings)
        throws IOException {
        Path home = Path.of(property("wildfly.home"));
        Path base = LocalMachine.freshDirectory(work);
        copyTree(Path.of(property("wildfly.config")), base.resolve("configuration"));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(property("ruralitic.it.postgresql.driver")), deployments.resolve("postgresql.jar"));
        String pool = dataSource.substring(dataSource.lastIndexOf('/') + 1);
        Files.writeString(deployments.resolve("portal-ds.xml"), """
            <datasources xmlns="http://www.jboss.org/ironjacamar/schema">
                <datasource jndi-name="%s" pool-name="%s">
                    <connection-url>%s</connection-url>
                    <driver>postgresql.jar</driver>
                    <security><user-name>postgres</user-name></security>
                </datasource>
            </datasources>
            """.formatted(dataSource, pool, jdbcUrl.replace("&", "&amp;")));
        int offset = wildFlyOffset();
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/standalone.sh").toString(),
            "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        // standalone.sh passes SIGTERM on to the server, which then shuts down in order.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Path log = work.resolve("console.log");
        Process process = start(builder, settings, log);
        PortalServer server = new PortalServer("WildFly", process,
            URI.create("http://127.0.0.1:" + (8080 + offset) + CONTEXT), log, deployments.resolve("portal.war.failed"));
        try {
            server.awaitFile(deployments.resolve("portal-ds.xml.deployed"), Duration.ofMinutes(4));
        }
        catch (RuntimeException | AssertionError e) {
            server.kill();
            throw e;
        }
        return server;
    }

    /** Deploys the sample portal on a WildFly that {@link #wildFly} started, once its data source is up. */
    void deployPortal() throws IOException {
        Path deployments = failedMarker.getParent();
        // Copied under another name, then renamed: the scanner never sees half a WAR.
        Path war = deployments.resolve("portal.war.part");
        Files.copy(Path.of(property("ruralitic.demo.war")), war);
        Files.move(war, deployments.resolve("portal.war"), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Starts a Payara Micro of its own ({@code --nocluster}, a root directory of its own, a free port), its JDBC pool
     * and editor made by post-boot asadmin commands.
     *
     * @param work its directory, emptied first.
     * @param postBootCommands the asadmin commands, run before the WAR is deployed.
     * @param settings the portal's settings, by name.
     * @return the server, starting.
     */
    static PortalServer payaraMicro(Path work, List<String> postBootCommands, Map<String, String> settings)
        throws IOException {
        Path root = LocalMachine.freshDirectory(work);
        Path commands = Files.write(work.resolve("postboot.asadmin"), postBootCommands);
        int port = LocalMachine.freePort();
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx1g", "-Djava.io.tmpdir=" + work, "-jar",
            property("payara.micro.jar"), "--nocluster", "--port", Integer.toString(port), "--rootdir",
            root.resolve("root").toString(), "--addlibs", property("ruralitic.it.postgresql.driver"),
            "--postbootcommandfile", commands.toString(), "--deploy", property("ruralitic.demo.war"),
            "--contextroot", CONTEXT.substring(0, CONTEXT.length() - 1));
        Path log = work.resolve("console.log");
        return new PortalServer("Payara Micro", start(builder, settings, log),
            URI.create("http://127.0.0.1:" + port + CONTEXT), log, null);
    }

    /** @return its name, for messages. */
    String name() {
        return name;
    }

    /** @return the portal's address on this server, {@code http://127.0.0.1:port/portal/}. */
    URI base() {
        return base;
    }

    /** @return the same, as a URL (for the agents of the other tests). */
    URL url() {
        try {
            return base.toURL();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the portal's home page answers 200.
     *
     * @param timeout how long at most.
     */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            checkAlive();
            try {
                HttpResponse<Void> home = client.send(HttpRequest.newBuilder(base.resolve("ruralitic/"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (home.statusCode() == 200) {
                    return;
                }
                last = "status " + home.statusCode();
            }
            catch (IOException e) {
                last = e.toString();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofSeconds(1));
        }
        throw new AssertionError(name + " not ready within " + timeout + " (" + last + ")" + tail());
    }

    /** Ends the server at once, as a crash or a power cut would: no shutdown, no cleanup. */
    void kill() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** @return whether the server's process runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server in order (SIGTERM), or kills it after a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!waitFor(Duration.ofSeconds(60))) {
            kill();
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Instant deadline = Instant.now().plus(timeout);
            while (process.descendants().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                pause(Duration.ofMillis(200));
            }
            return ended;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitFile(Path file, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file)) {
            checkAlive();
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(file + " not there within " + timeout + tail());
            }
            pause(Duration.ofMillis(500));
        }
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " ended with " + process.exitValue() + tail());
        }
        if (failedMarker != null && Files.exists(failedMarker)) {
            try {
                throw new AssertionError(name + " failed to deploy the portal: " + Files.readString(failedMarker)
                    + tail());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return its console so far. */
    String console() {
        try {
            return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the end of its console, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return "\n--- last lines of " + log + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
        catch (IOException e) {
            return "\n(no log: " + e + ")";
        }
    }

    private static Process start(ProcessBuilder builder, Map<String, String> settings, Path log) throws IOException {
        // Settings as environment variables, RURALITIC_<NAME> (dots as underscores): no quoting through the scripts.
        settings.forEach((name, value) -> builder.environment()
            .put("RURALITIC_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), value));
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int wildFlyOffset() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(30_000, 45_000);
            if (WILDFLY_PORTS.stream().allMatch(port -> isFree(port + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("No free port offset for WildFly");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }


    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set (the build sets it)");
        }
        return value;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
