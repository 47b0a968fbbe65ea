package org.ruralitic.faces.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.ruralitic.common.Settings;

/**
 * Lets browsers on other public sites read the API (CORS): the setting {@value #ORIGINS} lists the allowed origins,
 * comma-separated, or {@code *} (the default: the data is public). Answers preflight requests itself.
 *
 * @since 0.1
 */
@Provider
@PreMatching
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

    /** The setting of the origins allowed to read the API from a browser. */
    public static final String ORIGINS = "api.cors.origins";

    @Inject
    Settings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if ("OPTIONS".equals(request.getMethod()) && origin != null) {
            Response.ResponseBuilder preflight = Response.noContent();
            if (allowed(origin)) {
                preflight.header("Access-Control-Allow-Origin", allowAll() ? "*" : origin)
                    .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .header("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language")
                    .header("Access-Control-Max-Age", "86400").header("Vary", "Origin");
            }
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && allowed(origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", allowAll() ? "*" : origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag");
            if (!allowAll()) {
                response.getHeaders().add("Vary", "Origin");
            }
        }
    }

    private boolean allowAll() {
        return origins().contains("*");
    }

    private boolean allowed(String origin) {
        return allowAll() || origins().contains(origin);
    }

    private Set<String> origins() {
        return Arrays.stream(settings.get(ORIGINS).orElse("*").split(",")).map(String::strip)
            .filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }
}
