package org.ruralitic.it.payara;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.ruralitic.it.LocalMachine;

/**
 * Payara Micro as WildFly's managed adapter drives WildFly: one server started with the run, each WAR deployed into
 * it at {@code /<name of the WAR>} and undeployed after its test class. The server starts with {@link MicroDeployer}
 * only, and deploys the tests' WARs through it. Its output goes to {@code payara-micro/server.log} under the tests'
 * temporary directory ({@code target/}); a failed deployment's exception quotes what the server wrote meanwhile.
 *
 * <p>
 * As on the other servers, the test classes share the server's default database one after the other.
 */
public final class SharedMicroContainer implements DeployableContainer<SharedMicroConfiguration> {

    /** The servlet that Arquillian's Servlet protocol calls in an in-container test. */
    private static final String ARQUILLIAN_SERVLET = "ArquillianServletRunnerEE9";

    private SharedMicroConfiguration configuration;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = UUID.randomUUID().toString();
    private Process server;
    private Path work;
    private Path log;
    private int port;

    @Override
    public Class<SharedMicroConfiguration> getConfigurationClass() {
        return SharedMicroConfiguration.class;
    }

    @Override
    public void setup(SharedMicroConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public void start() throws LifecycleException {
        try {
            work = LocalMachine.freshDirectory(Path.of(System.getProperty("java.io.tmpdir"), "payara-micro"));
            Files.createDirectories(work.resolve("deployments"));
            log = work.resolve("server.log");
            port = LocalMachine.freePort();
            Path deployer = work.resolve(MicroDeployer.CONTEXT + ".war");
            ShrinkWrap.create(WebArchive.class, deployer.getFileName().toString()).addClass(MicroDeployer.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                    + "version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml")
                .as(ZipExporter.class).exportTo(deployer.toFile(), true);

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(words(configuration.getCmdOptions()));
            command.add("-Djava.io.tmpdir=" + work);
            command.add("-D" + MicroDeployer.TOKEN_PROPERTY + "=" + token);
            command.addAll(List.of("-jar", configuration.getMicroJar(), "--port", Integer.toString(port),
                "--deploy", deployer.toString(), "--contextroot", MicroDeployer.CONTEXT));
            command.addAll(words(configuration.getExtraMicroOptions()));
            server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly, "stop Payara Micro"));
            awaitStart();
        }
        catch (IOException e) {
            throw new LifecycleException("Payara Micro did not start", e);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = name(archive);
        File war = work.resolve("deployments").resolve(archive.getName()).toFile();
        archive.as(ZipExporter.class).exportTo(war, true);
        long logged = logLength();
        HttpResponse<String> response = call("POST", "?name=" + encode(name) + "&file=" + encode(war.getPath()));
        if (response == null || response.statusCode() != 200) {
            throw new DeploymentException("Payara Micro did not deploy " + archive.getName() + ": " + (response == null
                ? "no answer" : response.body()) + "\n--- what the server wrote meanwhile:\n" + logSince(logged));
        }
        HTTPContext context = new HTTPContext("localhost", port);
        context.add(new Servlet(ARQUILLIAN_SERVLET, "/" + name));
        ProtocolMetaData metaData = new ProtocolMetaData();
        metaData.addContext(context);
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        HttpResponse<String> response = call("DELETE", "?name=" + encode(name(archive)));
        if (response == null || response.statusCode() != 200) {
            throw new DeploymentException("Payara Micro did not undeploy " + archive.getName());
        }
        work.resolve("deployments").resolve(archive.getName()).toFile().delete();
    }

    @Override
    public void stop() throws LifecycleException {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }

    private void awaitStart() throws LifecycleException {
        Instant deadline = Instant.now().plusSeconds(configuration.getStartupTimeoutInSeconds());
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new LifecycleException("Payara Micro stopped as it started:\n" + logSince(0));
            }
            HttpResponse<String> response = call("GET", "");
            if (response != null && response.statusCode() == 200) {
                return;
            }
            sleep();
        }
        server.destroyForcibly();
        throw new LifecycleException("Payara Micro did not start within " + configuration.getStartupTimeoutInSeconds()
            + " s:\n" + logSince(0));
    }

    /** @return the server's answer, or null when it does not listen (yet). */
    private HttpResponse<String> call(String method, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"
            + MicroDeployer.CONTEXT + MicroDeployer.PATH + query))
            .timeout(Duration.ofSeconds(configuration.getStartupTimeoutInSeconds()))
            .header(MicroDeployer.TOKEN_HEADER, token).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            return null;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String name(Archive<?> archive) {
        return archive.getName().replaceFirst("\\.war$", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long logLength() {
        return log.toFile().length();
    }

    private String logSince(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(offset, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            return "(the log " + log + " could not be read: " + e + ")";
        }
    }

    private static List<String> words(String options) {
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
