package org.ruralitic.faces.common;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 * their Facelets views, through whatever mapping the portal gave the Faces servlet. Public GET pages are held back
 * until complete ({@link ConditionalResponse}), kept for a while in the {@link PageCache}, and sent with an entity tag
 * by {@link HttpCache}; values no two visitors may share are put into them as they go out ({@link FreshValues}).
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

    /**
     * The response header counting the SQL statements of the page, when {@value StatementCount#SETTING} is on: 0 for
     * a page served from the page cache. A request carrying this header (any value) then has its page rendered anew,
     * so that benchmarks and tests can count what a render costs.
     */
    public static final String SQL_HEADER = "X-RuraliTIC-SQL";

    /**
     * Request attribute that a view sets (to {@link Boolean#TRUE}) when what it shows must not be stored by any cache,
     * such as a form with a fresh stamp: the page is then sent with {@code Cache-Control: no-store} and no ETag.
     */
    public static final String NO_STORE = "org.ruralitic.noStore";

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
        new Route("home", "/editions/" + SLUG_PATTERN + "/?", "home"),
        // A conference series' editions and archive (issue 12); the edition pages keep their addresses.
        new Route("series", "/series/" + SLUG_PATTERN + "/?", "editions"),
        new Route("newsletter", "/newsletter/?", "newsletter", false),
        new Route("newsletter", "/newsletter/check-your-inbox/?", "newsletter-sent", false),
        new Route("newsletter", "/newsletter/confirm/?", "newsletter-confirm", false),
        new Route("newsletter", "/newsletter/unsubscribe/?", "newsletter-unsubscribe", false),
        new Route("newsletter", "/newsletter/archive/?", "newsletter-archive"),
        new Route("newsletter", "/newsletter/archive/([0-9]{1,18})/?", "newsletter-issue"),
        // The embed pages, for other sites' frames (org.ruralitic.faces.embed).
        new Route("embed", "/embed/programme/?", "embed/programme"),
        new Route("embed", "/embed/partners/?", "embed/partners"),
        new Route("embed", "/embed/news/?", "embed/news"),
        new Route("embed", "/embed/event/?", "embed/event"),
        new Route("embed", "/embed/articles/" + SLUG_PATTERN + "/?", "embed/article"),
        new Route("embed", "/embed/newsletter/?", "embed/newsletter", false),
        // Public-sector pages (issue 12): accessibility statement, legal notice, personal data (org.ruralitic.faces.legal).
        new Route("legal", "/(accessibility|legal-notice|personal-data)/?", "legal"),
        // A shareable preview link of an unpublished article: its token stands where a slug would.
        new Route("articles", "/preview/([A-Za-z0-9_-]{20,100})/?", "preview", false));

    private static final Pattern VIEW_FILE = Pattern.compile("/(layout/.*|(" + String.join("|", ROUTES.stream()
        .map(Route::view).distinct().toList()) + "|newsletter-outcome)\\.[A-Za-z]+)");

    /**
     * The setting by which a portal declares that its template ({@code faces.template}) shows nothing per visitor:
     * {@code true} gives visitors with a session or a principal the anonymous visitors' pages from the page cache.
     * Off by default for a portal's template, which may show the visitor's name; always on with the library's own
     * template ({@link Page#DEFAULT_TEMPLATE}), which shows nothing per visitor.
     */
    public static final String SHARED_TEMPLATE = "faces.template.shared";

    // The view that renders the template around the kept parts of a page.
    private static final String PARTS_VIEW = "layout/parts";

    private String viewPrefix;
    private String viewSuffix;
    private boolean countStatements;
    private PageCache cache;
    private boolean caching;
    private boolean sharedTemplate;

    @Override
    public void init(FilterConfig config) {
        Settings settings = new Settings(Settings.sources(config.getServletContext().getClassLoader()));
        countStatements = settings.flag(StatementCount.SETTING, false);
        Duration timeToLive = settings.duration("cache.ttl", Duration.ofSeconds(30));
        // A zero time to live switches the page cache off.
        cache = new PageCache(timeToLive, Clock.systemUTC(), countStatements);
        // The library's own template shows nothing per visitor: with it, every visitor gets the shared page.
        sharedTemplate = settings.flag(SHARED_TEMPLATE, false)
            || settings.get(Page.TEMPLATE).orElse(Page.DEFAULT_TEMPLATE).equals(Page.DEFAULT_TEMPLATE);
        config.getServletContext().setAttribute(PageCache.class.getName(), cache);
        caching = !timeToLive.isZero();
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
        if (match.isEmpty() && isViewFile(path.substring(BASE.length()))) {
            // The views are reached by their readable addresses only (ErrorPages sends the 404 page).
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (match.isEmpty() || !isRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        request = PublicRequest.of(request);
        request.setAttribute(ROUTE, match.get().route().name());
        if (match.get().slug() != null) {
            request.setAttribute(SLUG, match.get().slug());
        }
        if (!match.get().route().cacheable()) {
            // Forms and one-time links: nothing a shared cache or the back button should keep.
            response.setHeader("Cache-Control", "no-store");
            request.setAttribute(CachedOutput.OFF, Boolean.TRUE);
            ConditionalResponse page = new ConditionalResponse(response);
            request.getRequestDispatcher(viewPath(match.get().route().view())).forward(request, page);
            page.finish(request);
            return;
        }
        servePublic(request, response, viewPath(match.get().route().view()));
    }

    /**
     * Forgets the pages this server keeps, after a change made in the back-office: its visitors see the change at
     * once (other servers of a cluster within {@code cache.ttl}).
     *
     * @param context the servlet context.
     * @param nextChange when content changes next by itself (the next scheduled article), or {@code null}.
     */
    public static void forget(ServletContext context, Instant nextChange) {
        if (context.getAttribute(PageCache.class.getName()) instanceof PageCache cache) {
            cache.clear(nextChange);
        }
    }

    /**
     * Sends a public page from the page cache, or renders it, keeps it and sends it. A visitor with a session or a
     * principal may see a template made for them (their name, a form of the portal): for them only the template is
     * rendered, around the parts of the page kept from an earlier render ({@code layout/parts}), unless the portal
     * declares that its template shows nothing per visitor (setting {@value #SHARED_TEMPLATE}).
     */
    private void servePublic(HttpServletRequest request, HttpServletResponse response, String view)
        throws IOException, ServletException {
        String key = cacheKey(request);
        // A request that asks for the count (header X-RuraliTIC-SQL, honoured only while counting) is rendered anew.
        boolean recount = cache.rendersAnew(request);
        boolean shared = sharedTemplate
            || request.getUserPrincipal() == null && request.getSession(false) == null;
        PageCache.Page cached = caching && shared && !recount ? cache.get(key) : null;
        if (cached != null) {
            if (countStatements) {
                response.setHeader(SQL_HEADER, "0");
            }
            send(request, response, cached, true);
            return;
        }
        Map<String, Supplier<String>> placeholders = FreshValues.none();
        request.setAttribute(FreshValues.ATTRIBUTE, placeholders);
        request.setAttribute(CachedOutput.VERBATIM, Boolean.TRUE);
        String rendering = view;
        Map<String, PageCache.Fragment> parts = new HashMap<>();
        PageCache.Parts kept = caching && !shared && !recount ? cache.parts(key) : null;
        if (kept != null) {
            request.setAttribute(CachedOutput.REPLAY, kept);
            rendering = viewPath(PARTS_VIEW);
        }
        else if (caching && !recount) {
            request.setAttribute(CachedOutput.CAPTURE, parts);
        }
        ConditionalResponse rendered = render(request, response, rendering);
        if (rendered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
            || Boolean.TRUE.equals(request.getAttribute(NO_STORE))) {
            rendered.finish(request);
            return;
        }
        if (!parts.isEmpty()) {
            cache.keepParts(key, parts);
        }
        // The portal's template may have opened a session.
        shared = shared && (sharedTemplate || request.getSession(false) == null);
        Instant latest = request.getAttribute(CachedOutput.LATEST) instanceof Instant first ? first : Instant.MAX;
        Charset charset = Charset.forName(rendered.getCharacterEncoding());
        if (!shared && placeholders.isEmpty()) {
            response.setContentType(rendered.getContentType());
            HttpCache.sendPrivate(request, response, rendered.page());
            return;
        }
        PageCache.Page page = cache.page(rendered.getContentType(), rendered.page(), placeholders, charset, latest);
        send(request, response, caching && shared ? cache.put(key, page) : page, shared);
    }

    /** Renders a view into a held-back response, counting its statements when asked to. */
    private ConditionalResponse render(HttpServletRequest request, HttpServletResponse response, String view)
        throws IOException, ServletException {
        ConditionalResponse rendered = new ConditionalResponse(response);
        if (countStatements) {
            StatementCount.start();
        }
        try {
            request.getRequestDispatcher(view).forward(request, rendered);
        }
        finally {
            if (countStatements) {
                response.setHeader(SQL_HEADER, String.valueOf(StatementCount.stop()));
            }
        }
        return rendered;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Page page,
        boolean shared) throws IOException {
        response.setContentType(page.contentType());
        if (page.template() != null) {
            HttpCache.sendUnshared(request, response, page.template().fill());
        }
        else {
            HttpCache.send(request, response, page.prepared(), shared);
        }
    }

    private static String cacheKey(HttpServletRequest request) {
        String query = request.getQueryString();
        return PageLocale.of(request).getLanguage() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * @param view the name of a drop-in view, such as {@code newsletter}.
     * @return the address to forward to for it, through the portal's mapping of the Faces servlet.
     */
    String viewPath(String view) {
        return viewPrefix + BASE + "/" + view + viewSuffix;
    }

    /**
     * @param context the servlet context.
     * @param view the name of a drop-in view, such as {@code newsletter}.
     * @return the address to forward to for it, through the portal's mapping of the Faces servlet: for a servlet of
     *         the library that answers a POST with a page.
     */
    public static String viewPath(ServletContext context, String view) {
        String[] mapping = facesMapping(context);
        return mapping[0] + BASE + "/" + view + mapping[1];
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

    /**
     * @param path an address below {@value #BASE}.
     * @return whether it names one of the public views or the template as a file ({@code /home.xhtml},
     *         {@code /layout/default.jsf}...), which the Faces servlet would render out of their routes.
     */
    static boolean isViewFile(String path) {
        return VIEW_FILE.matcher(path).matches();
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

    /** A readable address, the view that serves it, and whether its page may be kept by caches. */
    record Route(String name, Pattern pattern, String view, boolean cacheable) {
        Route(String name, String regex, String view) {
            this(name, Pattern.compile(regex), view, true);
        }

        Route(String name, String regex, String view, boolean cacheable) {
            this(name, Pattern.compile(regex), view, cacheable);
        }
    }

    /** A matched address. */
    record Match(Route route, String slug) {
    }
}
