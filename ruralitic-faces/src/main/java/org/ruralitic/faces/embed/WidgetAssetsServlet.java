package org.ruralitic.faces.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.faces.common.HttpCache;

/**
 * Serves the web components' script and style sheet at {@code /ruralitic/embed/widgets.js} and {@code widgets.css}:
 * addresses other sites can write into their pages, which do not depend on how the portal maps the Faces servlet.
 * They are the library resources {@code ruralitic/widgets.js} and {@code ruralitic/widgets.css}, read once, sent
 * compressed to clients that accept it, with an entity tag.
 *
 * @since 0.1
 */
public class WidgetAssetsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String RESOURCES = "META-INF/resources/ruralitic/";

    private final transient Map<String, HttpCache.Prepared> assets = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getServletPath().substring(request.getServletPath().lastIndexOf('/') + 1);
        boolean script = name.endsWith(".js");
        response.setContentType(script ? "text/javascript;charset=UTF-8" : "text/css;charset=UTF-8");
        // Sites of any origin load them; a module script or a crossorigin style sheet needs this.
        response.setHeader("Access-Control-Allow-Origin", "*");
        HttpCache.send(request, response, assets.computeIfAbsent(name, WidgetAssetsServlet::read), true);
    }

    private static HttpCache.Prepared read(String name) {
        try (InputStream in = WidgetAssetsServlet.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("RuraliTIC: the library resource " + name + " is missing");
            }
            return HttpCache.Prepared.of(in.readAllBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
