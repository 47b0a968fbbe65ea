package org.ruralitic.faces.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another site: a plain HTTP server in the tests' JVM, on a port of its own (so another origin than the portal's),
 * serving the HTML pages a test gives it under a strict Content-Security-Policy that allows nothing inline and
 * nothing from elsewhere but the portal. Every page first loads {@code /watch.js}, its own script, which records the
 * policy's violations in {@code window.cspViolations}.
 */
final class HostSite implements AutoCloseable {

    private static final String WATCH = "window.cspViolations = [];\n"
        + "document.addEventListener('securitypolicyviolation', function (e) {\n"
        + "  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);\n"
        + "});\n";

    private final HttpServer server;
    private final String portal;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    /** @param portal the origin of the portal, such as {@code http://localhost:8080}. */
    HostSite(String portal) {
        this.portal = portal;
        try {
            server = HttpServer.create(new InetSocketAddress(0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /**
     * @param host {@code localhost} or {@code 127.0.0.1}: two origins of the same server.
     * @return the origin of this site under that name.
     */
    String origin(String host) {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    /**
     * @param path the page's path, such as {@code /widgets.html}.
     * @param language the page's language.
     * @param head what goes into its head, after the watch script.
     * @param body what goes into its main element.
     */
    void page(String path, String language, String head, String body) {
        pages.put(path, "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Commune de Saint-Flour-des-Tests</title><script src=\"/watch.js\"></script>" + head
            + "</head><body><main><h1>Commune de Saint-Flour-des-Tests</h1>" + body + "</main></body></html>");
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String page = "/watch.js".equals(path) ? WATCH : pages.get(path);
        byte[] body = (page == null ? "Not found" : page).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript; charset=UTF-8"
            : "text/html; charset=UTF-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src 'self' "
            + portal + "; style-src " + portal + "; img-src " + portal + "; connect-src " + portal + "; frame-src "
            + portal + "; base-uri 'none'; form-action 'none'");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
