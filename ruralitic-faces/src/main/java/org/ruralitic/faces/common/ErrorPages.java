package org.ruralitic.faces.common;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.transaction.xa.XAException;

import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import org.ruralitic.text.Html;

/**
 * Makes every error below {@value Router#BASE} the library's own answer: a page in the visitor's language (French or
 * English) with a link back to the conference, or for the JSON API a problem detail (RFC 9457). Neither names a
 * class, a server or a version; what failed goes to the server's log.
 * <p>
 * It answers what the pages, servlets and the container report with {@code sendError} (an unknown address, a method
 * no page takes), and what they throw: a failure of the database is a {@code 503} with {@code Retry-After} (the page
 * works again once the database is back), anything else a {@code 500}. A page that sets its own error status and
 * writes its own body (the 404 of an unknown article) is left as it is.
 *
 * @since 0.1
 */
public class ErrorPages implements Filter {

    private static final Logger LOGGER = System.getLogger(ErrorPages.class.getName());
    private static final String FAILED = "RuraliTIC: {0} {1} failed; the visitor got the error page {2}";
    private static final String UNAVAILABLE = "RuraliTIC: {0} {1} could not reach the database ({2}); the visitor got "
        + "the 503 page";
    private static final String API = Router.BASE + "/api/";
    private static final String RETRY_AFTER_SECONDS = "30";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException,
        ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        ErrorResponse watched = new ErrorResponse(response);
        int status;
        try {
            chain.doFilter(request, watched);
            status = watched.error();
        }
        catch (ServletException | RuntimeException e) {
            status = statusOf(request, e);
        }
        if (status == 0 || response.isCommitted() || request.isAsyncStarted()) {
            return;
        }
        if (status < HttpServletResponse.SC_BAD_REQUEST) {
            response.setStatus(status);
            return;
        }
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            // HttpServlet answers 501 to a method it does not know (PATCH, PROPFIND...): for a page, that method is
            // simply not allowed, and no visitor's request should look like a failure of the server.
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        send(request, response, status);
    }

    private static int statusOf(HttpServletRequest request, Exception failure) {
        Throwable database = databaseCause(failure);
        if (database != null) {
            LOGGER.log(Level.WARNING, UNAVAILABLE, request.getMethod(), request.getRequestURI(), database);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOGGER.log(Level.ERROR, () -> java.text.MessageFormat.format(FAILED, request.getMethod(),
            request.getRequestURI(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR), failure);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * A failure of the database is an exception of JDBC or of the persistence provider, and also a transaction that
     * could not end or a connection pool that could not connect: when the database dies between a page's query and
     * the end of its transaction, the container reports a commit or a rollback that failed (Payara's
     * {@code TransactionalException} caused by a {@code RollbackException}, say), whose causes need not name the
     * database at all.
     *
     * @param failure what a page threw.
     * @return the failure of the database among its causes, or {@code null} when it is something else.
     */
    static Throwable databaseCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof PersistenceException
                || cause instanceof TransactionalException || cause instanceof RollbackException
                || cause instanceof SystemException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException || cause instanceof XAException
                || cause instanceof ResourceException) {
                return cause;
            }
        }
        return null;
    }

    /**
     * Sends the library's answer for an error status.
     *
     * @param request the request.
     * @param response the response, not committed.
     * @param status the status, 400 or above.
     * @throws IOException when the client is gone.
     */
    static void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        byte[] body;
        if (path.startsWith(API)) {
            response.setContentType("application/problem+json");
            body = Json.createObjectBuilder().add("type", "about:blank").add("title", reason(status))
                .add("status", status).add("detail", "The API has no answer for this request").build().toString()
                .getBytes(StandardCharsets.UTF_8);
        }
        else {
            response.setHeader("Content-Security-Policy", SecurityHeaders.STRICT_CSP);
            response.setContentType("text/html;charset=UTF-8");
            body = html(request, status).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String html(HttpServletRequest request, int status) {
        Locale locale = locale(request);
        ResourceBundle text = ResourceBundle.getBundle(Formats.BUNDLE, locale, ErrorPages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "error." + (text.containsKey("error." + status + ".title") ? status : "other");
        String[] mapping = Router.facesMapping(request.getServletContext());
        String context = request.getContextPath();
        String style = context + mapping[0] + "/jakarta.faces.resource/ruralitic.css" + mapping[1] + "?ln=ruralitic";
        // Only constant texts and the context path (which the container decoded and checked) go into the page.
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<meta name=\"robots\" content=\"noindex\"/><title>" + Html.escape(text.getString(key + ".title"))
            + " – RuraliTIC</title><link rel=\"stylesheet\" href=\"" + Html.escape(style) + "\"/></head>"
            + "<body class=\"rt-page\"><main id=\"rt-main\" class=\"rt-main\"><section class=\"rt-error\"><h1>"
            + Html.escape(text.getString(key + ".title")) + "</h1><p>" + Html.escape(text.getString(key + ".text"))
            + "</p><p><a href=\"" + Html.escape(context + Router.BASE + "/?lang=" + locale.getLanguage()) + "\">"
            + Html.escape(text.getString("notFound.back")) + "</a></p></section></main></body></html>\n";
    }

    private static Locale locale(HttpServletRequest request) {
        try {
            return PageLocale.of(request);
        }
        catch (RuntimeException e) {
            // A body that cannot be read as parameters: the language of the headers will not do either.
            return Locale.FRENCH;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }

}
