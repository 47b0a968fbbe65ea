package org.ruralitic.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An anonymous visitor with a browser language, fetching pages of a deployed portal.
 */
public final class Visitor {

    // HTTP/1.1, as browsers speak it over plain http: the JDK client would otherwise try an h2c upgrade, which
    // browsers never do, and whose exchange with WildFly's Undertow once broke a test on a frame error.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    // A form's POST is looked at as the browser gets it: a 303 is an answer, not a detour.
    private final HttpClient poster = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String language;

    /**
     * @param deployment the URL Arquillian gives for the deployment.
     * @param language the browser's {@code Accept-Language}.
     */
    public Visitor(URL deployment, String language) {
        // Payara Micro hands out the machine's address; it listens on all of them, localhost is the stable one.
        this.base = URI.create(deployment.toString().replaceFirst("//[^:/]+", "//localhost"));
        this.language = language;
    }

    /**
     * @param path a path relative to the deployment, such as {@code ruralitic/}.
     * @param headers more request headers, as name, value, name, value...
     * @return the response.
     */
    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /**
     * @param method the HTTP method.
     * @param path a path relative to the deployment.
     * @param headers more request headers, as name, value, name, value...
     * @return the response.
     */
    public HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
            .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(client, builder.build());
    }

    /**
     * Posts a form as a browser does ({@code application/x-www-form-urlencoded}, UTF-8), without following a redirect.
     *
     * @param path a path relative to the deployment, or an absolute path such as a form's {@code action}.
     * @param form the fields, in order.
     * @param headers more request headers, as name, value, name, value... (such as {@code Origin}).
     * @return the response.
     */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
            + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
            .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(poster, builder.build());
    }

    /** @return the origin of the deployment, as a browser sends it in {@code Origin}: {@code http://localhost:8080}. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
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
