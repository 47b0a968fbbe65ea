package org.ruralitic.faces.backoffice;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.access.Actor;
import org.ruralitic.common.Settings;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.Router;
import org.ruralitic.faces.common.SameOrigin;

/**
 * Guards everything under {@value #BASE} and serves its readable addresses ({@code /ruralitic/admin/articles/42}).
 * <p>
 * The portal signs its agents in as it already does: the library's {@code web-fragment.xml} asks the container for a
 * signed-in user ({@code <role-name>**</role-name>}) under {@value #BASE}, so a visitor nobody signed in meets the
 * portal's login (its FORM page, its BASIC challenge, its single sign-on). The roles are checked here, under the
 * portal's names for them (settings {@code roles.*}), which a declarative constraint could not follow: a signed-in
 * user without a role of the back-office gets a 403 page; a POST sent from another site's page too. Nothing here is
 * ever kept by a cache. The services check the roles again: this guard is the first line, not the only one.
 * <p>
 * Why not {@link HttpServletRequest#authenticate} alone, without a constraint: WildFly's FORM mechanism sends no
 * challenge to it ({@code UT010032: Authentication failed}, an empty page). It is still called when a container
 * lets an anonymous request through, and a portal without any login configuration then gets a 401 page and, once, a
 * log line saying what to add.
 *
 * @since 0.2
 */
public class AdminFilter implements Filter {

    /** Where the back-office lives. */
    public static final String BASE = Router.BASE + "/admin";

    /** Request attribute holding the id of the address ({@code /articles/42}), for the page's bean. */
    public static final String ID = "org.ruralitic.admin.id";

    private static final Logger LOGGER = System.getLogger(AdminFilter.class.getName());
    private static final String NO_LOGIN = "RuraliTIC back-office: the portal has no login configuration, so nobody"
        + " can sign in to /ruralitic/admin/. Add a <login-config> (FORM or BASIC) to the portal's web.xml, or its own"
        + " authentication mechanism, and grant the roles ruralitic-author, ruralitic-editor, ruralitic-administrator"
        + " (or map yours with the settings roles.author, roles.editor, roles.administrator).";

    private static final List<AdminRoute> ROUTES = List.of(
        new AdminRoute("/?", "articles"),
        new AdminRoute("/articles/?", "articles"),
        new AdminRoute("/articles/new/?", "article"),
        new AdminRoute("/articles/([0-9]{1,18})/?", "article"),
        new AdminRoute("/articles/([0-9]{1,18})/history/?", "history"),
        new AdminRoute("/articles/([0-9]{1,18})/preview/?", "preview"),
        new AdminRoute("/(bin|audit|media)/?", null),
        // Issue 12: the whole site's export, a download for administrators.
        new AdminRoute("/export/?", "export"),
        new AdminRoute("/newsletters/?", "newsletters", true),
        new AdminRoute("/newsletters/new/?", "newsletter", true),
        new AdminRoute("/newsletters/([0-9]{1,18})/?", "newsletter", true),
        new AdminRoute("/newsletters/([0-9]{1,18})/mail/?", "newsletter-mail"),
        new AdminRoute("/subscribers/?", "subscribers", true),
        new AdminRoute("/subscribers/export/?", "subscribers-export"),
        // The programme: sessions of an edition (the featured one without an id) and the speakers.
        new AdminRoute("/programme/?", "programme"),
        new AdminRoute("/editions/([0-9]{1,18})/programme/?", "programme"),
        new AdminRoute("/sessions/new/?", "session", true),
        new AdminRoute("/sessions/([0-9]{1,18})/?", "session", true),
        new AdminRoute("/speakers/?", "speakers"),
        new AdminRoute("/speakers/new/?", "speaker", true),
        new AdminRoute("/speakers/([0-9]{1,18})/?", "speaker", true),
        // Public-sector pages (issue 12).
        new AdminRoute("/legal/?", "legal", true),
        // Partners, tiers, editions' walls and themes (issue 12)
        new AdminRoute("/partners/?", "partners", true),
        new AdminRoute("/partners/([0-9]{1,18})/?", "partners", true),
        new AdminRoute("/tiers/?", "tiers", true),
        new AdminRoute("/tiers/([0-9]{1,18})/?", "tiers", true),
        new AdminRoute("/themes/?", "themes", true),
        new AdminRoute("/themes/([0-9]{1,18})/?", "themes", true),
        new AdminRoute("/editions/([0-9]{1,18})/partners/?", "wall", true),
        // Editions (issue 12)
        new AdminRoute("/editions/?", "editions"),
        new AdminRoute("/editions/new/?", "edition", true),
        new AdminRoute("/editions/([0-9]{1,18})/?", "edition", true),
        // Conference series (issue 12)
        new AdminRoute("/series/?", "series", true),
        new AdminRoute("/series/([0-9]{1,18})/?", "series", true));

    private final AtomicBoolean noLoginLogged = new AtomicBoolean();
    private Settings settings;

    @Override
    public void init(FilterConfig config) {
        settings = new Settings(Settings.sources(config.getServletContext().getClassLoader()));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException,
        ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Mojarra's Ajax is started by our admin.js, never by inline handlers: no inline script or style is needed.
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' https: data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
        if (request.getUserPrincipal() == null && !signIn(request, response)) {
            return;
        }
        Actor actor = Staff.actorOf(request, settings);
        if (!actor.isStaff() || !isRead(request) && SameOrigin.isCrossSite(request, publicAddresses())) {
            forbidden(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length() + BASE.length());
        if (isRead(request) || "POST".equals(request.getMethod())) {
            for (AdminRoute route : ROUTES) {
                Matcher matcher = route.pattern().matcher(path);
                // A plain form (no Faces state) posts to its own address; Faces forms post to their view.
                if (matcher.matches() && (isRead(request) || route.plainForm())) {
                    String view = route.view() != null ? route.view() : matcher.group(1);
                    if (route.view() != null && matcher.groupCount() > 0) {
                        request.setAttribute(ID, Long.valueOf(matcher.group(1)));
                    }
                    request.getRequestDispatcher(Router.viewPath(request.getServletContext(), "admin/" + view))
                        .forward(request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** @return whether the container signed the user in; if not, it answered (login page, challenge) or we did. */
    private boolean signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return request.authenticate(response) && request.getUserPrincipal() != null;
        }
        catch (ServletException | IllegalStateException noMechanism) {
            if (noLoginLogged.compareAndSet(false, true)) {
                LOGGER.log(Level.WARNING, NO_LOGIN + " (" + noMechanism.getMessage() + ")");
            }
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return false;
        }
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException,
        ServletException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(Router.viewPath(request.getServletContext(), "admin/forbidden"))
            .forward(request, response);
    }

    private List<String> publicAddresses() {
        List<String> addresses = new ArrayList<>();
        settings.get(Page.BASE_URL).ifPresent(addresses::add);
        return addresses;
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** A readable address of the back-office and its view; {@code null} takes the view from the address. */
    private record AdminRoute(Pattern pattern, String view, boolean plainForm) {
        AdminRoute(String regex, String view) {
            this(Pattern.compile(regex), view, false);
        }

        AdminRoute(String regex, String view, boolean plainForm) {
            this(Pattern.compile(regex), view, plainForm);
        }
    }
}
