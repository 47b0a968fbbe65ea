package org.ruralitic.faces.common;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;
import org.ruralitic.common.StatementCount;

/**
 * Serves the readable addresses of the drop-in pages ({@code /ruralitic/articles/<slug>}...) by forwarding them to
 * their Facelets views, through whatever mapping the portal gave the Faces servlet. Public GET pages are then made
 * cache-friendly by {@link ConditionalResponse}.
 * <p>
 * Only well-formed addresses are forwarded: a slug must look like one, anything else goes on to the container (and
 * its 404).
 *
 * @since 0.1
 */
public class Router implements Filter {

    /** Where the drop-in pages live. */
    public static final String BASE = "/ruralitic";

    /** Request attribute holding the slug of the address, for the page's bean. */
    public static final String SLUG = "org.ruralitic.slug";

    /** Request attribute holding the name of the route, for navigation ({@code home}, {@code articles}...). */
    public static final String ROUTE = "org.ruralitic.route";

    /** The response header counting the SQL statements of the page, when {@value StatementCount#SETTING} is on. */
    public static final String SQL_HEADER = "X-RuraliTIC-SQL";

    private static final String SLUG_PATTERN = "([a-z0-9]+(?:-[a-z0-9]+)*)";

    private static final List<Route> ROUTES = List.of(
        new Route("home", "/?", "home"),
        new Route("articles", "/articles/?", "articles"),
        new Route("articles", "/articles/" + SLUG_PATTERN + "/?", "article"),
        new Route("programme", "/programme/?", "programme"),
        new Route("programme", "/programme/" + SLUG_PATTERN + "/?", "session"),
        new Route("speakers", "/speakers/?", "speakers"),
        new Route("partners", "/partners/?", "partners"),
        new Route("editions", "/editions/?", "editions"),
        new Route("home", "/editions/" + SLUG_PATTERN + "/?", "home"));

    private String viewPrefix;
    private String viewSuffix;
    private boolean countStatements;

    @Override
    public void init(FilterConfig config) {
        countStatements = new Settings(Settings.sources(config.getServletContext().getClassLoader()))
            .flag(StatementCount.SETTING, false);
        String[] mapping = facesMapping(config.getServletContext());
        viewPrefix = mapping[0];
        viewSuffix = mapping[1];
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Match> match = match(path.substring(BASE.length()));
        if (match.isEmpty() || !isRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ROUTE, match.get().route().name());
        if (match.get().slug() != null) {
            request.setAttribute(SLUG, match.get().slug());
        }
        ConditionalResponse conditional = new ConditionalResponse(response);
        if (countStatements) {
            StatementCount.start();
        }
        try {
            request.getRequestDispatcher(viewPrefix + BASE + "/" + match.get().route().view() + viewSuffix)
                .forward(request, conditional);
        }
        finally {
            if (countStatements) {
                response.setHeader(SQL_HEADER, String.valueOf(StatementCount.stop()));
            }
        }
        conditional.finish(request);
    }

    /**
     * @param path the address below {@value #BASE}, such as {@code /articles/cantal}.
     * @return the route and slug it names, if any.
     */
    static Optional<Match> match(String path) {
        for (Route route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                return Optional.of(new Match(route, matcher.groupCount() > 0 ? matcher.group(1) : null));
            }
        }
        return Optional.empty();
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /**
     * @param context the servlet context.
     * @return the prefix and suffix that make a view id an address of the Faces servlet: {@code ["", ".xhtml"]} for
     *         Mojarra's automatic {@code *.xhtml} mapping, {@code ["/faces", ".xhtml"]} for a {@code /faces/*} one.
     */
    static String[] facesMapping(ServletContext context) {
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            if ("jakarta.faces.webapp.FacesServlet".equals(servlet.getClassName())) {
                return mappingOf(servlet.getMappings());
            }
        }
        return new String[] { "", ".xhtml" };
    }

    static String[] mappingOf(Collection<String> mappings) {
        if (mappings.contains("*.xhtml")) {
            return new String[] { "", ".xhtml" };
        }
        for (String mapping : mappings) {
            if (mapping.startsWith("*.")) {
                return new String[] { "", mapping.substring(1) };
            }
        }
        for (String mapping : mappings) {
            if (mapping.startsWith("/") && mapping.endsWith("/*")) {
                return new String[] { mapping.substring(0, mapping.length() - 2), ".xhtml" };
            }
        }
        return new String[] { "", ".xhtml" };
    }

    /** A readable address and the view that serves it. */
    record Route(String name, Pattern pattern, String view) {
        Route(String name, String regex, String view) {
            this(name, Pattern.compile(regex), view);
        }
    }

    /** A matched address. */
    record Match(Route route, String slug) {
    }
}
