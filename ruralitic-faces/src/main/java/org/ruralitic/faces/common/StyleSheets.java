package org.ruralitic.faces.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * Serves the style sheets of the {@code ruralitic} resource library without their comments and indentation
 * ({@link Whitespace#css(String)}): a quarter of their weight, on every page, for nothing a browser uses. The source
 * stays readable; the minified bytes are computed once per style sheet. Everything else (caching headers, versions,
 * the portal's own resources) stays with the resource handler it wraps. Registered in the library's
 * {@code faces-config.xml}.
 *
 * @since 0.1
 */
public class StyleSheets extends ResourceHandlerWrapper {

    /** The resource library of RuraliTIC. */
    public static final String LIBRARY = "ruralitic";

    private final Map<String, byte[]> minified = new ConcurrentHashMap<>();

    /** @param wrapped the resource handler of the application. */
    public StyleSheets(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return minify(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return minify(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource minify(Resource resource) {
        if (resource == null || !LIBRARY.equals(resource.getLibraryName())
            || !resource.getResourceName().endsWith(".css")) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public InputStream getInputStream() throws IOException {
                return new ByteArrayInputStream(minified.computeIfAbsent(getResourceName(), name -> read(resource)));
            }
        };
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Whitespace.css(css).getBytes(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("style sheet " + resource.getResourceName(), e);
        }
    }
}
