package org.ruralitic.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An anonymous visitor with a browser language, fetching pages of a deployed portal.
 */
public final class Visitor {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10)).build();
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
        HttpRequest request = builder.build();
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
