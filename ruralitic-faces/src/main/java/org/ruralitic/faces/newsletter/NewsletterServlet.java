package org.ruralitic.faces.newsletter;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.common.PublicRequest;
import org.ruralitic.faces.common.Router;
import org.ruralitic.faces.common.SameOrigin;
import org.ruralitic.guard.RateLimiter;
import org.ruralitic.newsletter.ConfirmOutcome;
import org.ruralitic.newsletter.EmailAddresses;
import org.ruralitic.newsletter.NewsletterService;
import org.ruralitic.newsletter.SignUp;
import org.ruralitic.newsletter.SignUpException;
import org.ruralitic.newsletter.UnsubscribeOutcome;

/**
 * Receives the POSTs of the newsletter, registered by the library's {@code web-fragment.xml} under
 * {@code /ruralitic/newsletter/*} (its GET pages are served by {@link Router}):
 * <ul>
 * <li>{@code /ruralitic/newsletter}: the sign-up form. Accepted, it redirects (303) to the "check your inbox" page, or
 * answers JSON when the request accepts {@code application/json} (the enhancing script); rejected, it shows the form
 * again with what was typed and the message of each field.</li>
 * <li>{@code /ruralitic/newsletter/confirm}: the button of the confirmation page. Confirming takes a POST because mail
 * scanners fetch the links of mails.</li>
 * <li>{@code /ruralitic/newsletter/unsubscribe?token=…}: the button of the unsubscribe page, and the RFC 8058
 * one-click POST of mail providers ({@code List-Unsubscribe=One-Click}). The token is the authority: no origin is
 * checked.</li>
 * </ul>
 * A POST from another site's page is refused (403) with a page. No session is ever opened, and whatever fails, the
 * visitor gets a page in their language, never a stack trace.
 *
 * @since 0.1
 */
public class NewsletterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOGGER = System.getLogger(NewsletterServlet.class.getName());
    private static final String FAILED = "RuraliTIC newsletter: {0} failed; the visitor was told to try again later";
    private static final String CROSS_SITE = "RuraliTIC newsletter: cross-site POST to {0} refused (Origin {1})";

    private static final String JSON = "application/json";
    private static final int MAX_SOURCE_PAGE = 500;
    private static final int SC_UNPROCESSABLE = 422;

    @Inject
    transient NewsletterService newsletter;

    @Inject
    transient RateLimiter limiter;

    @Inject
    transient Settings settings;

    @Inject
    transient SignUpForm form;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException,
        IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(Router.ROUTE, "newsletter");
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/", "" -> signUp(request, response);
            case "/confirm", "/confirm/" -> confirm(request, response);
            case "/unsubscribe", "/unsubscribe/" -> unsubscribe(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The pages themselves are the router's: what reaches here is no page of ours.
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private void signUp(HttpServletRequest request, HttpServletResponse response) throws ServletException,
        IOException {
        Locale locale = PageLocale.of(request);
        boolean json = accepts(request, JSON);
        if (refusedAsCrossSite(request)) {
            fail(request, response, json, locale, NewsletterPage.OUTCOME_FORBIDDEN, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String email = request.getParameter(SignUpForm.EMAIL);
        boolean consent = request.getParameter(SignUpForm.CONSENT) != null;
        String stamp = request.getParameter(SignUpForm.STAMP);
        String source = sourcePage(request.getParameter(SignUpForm.SOURCE));
        if (!newsletter.isOpen()) {
            // Not a failure: the portal has not set the newsletter up yet (logged once at deployment).
            if (json) {
                writeJson(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("outcome", "closed")
                    .add("message", text(locale, "newsletter.closed")).build());
            }
            else {
                forward(request, response, "newsletter");
            }
            return;
        }
        try {
            newsletter.subscribe(SignUp.of(email, consent, locale, source)
                .fromClient(limiter.clientKey(request.getRemoteAddr()))
                .withFormStamp(stamp)
                .withHoneypot(request.getParameter(SignUpForm.HONEYPOT)));
        }
        catch (SignUpException e) {
            invalid(request, response, json, locale, e);
            return;
        }
        catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, FAILED, "sign-up", e);
            if (json) {
                fail(request, response, true, locale, NewsletterPage.OUTCOME_UNAVAILABLE,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            else {
                // The form again, as it was typed, saying why: the visitor tries again without typing it anew.
                form.submitted(email, consent, stamp, source);
                form.unavailable();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                forward(request, response, "newsletter");
            }
            return;
        }
        if (json) {
            writeJson(response, HttpServletResponse.SC_OK, outcome(locale, NewsletterPage.OUTCOME_SENT).build());
            return;
        }
        // Post/Redirect/Get: reloading the outcome page does not sign up again.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + Router.BASE + "/newsletter/check-your-inbox?lang="
            + locale.getLanguage());
    }

    private void invalid(HttpServletRequest request, HttpServletResponse response, boolean json, Locale locale,
        SignUpException thrown) throws ServletException, IOException {
        String email = request.getParameter(SignUpForm.EMAIL);
        boolean consent = request.getParameter(SignUpForm.CONSENT) != null;
        // The service names the first problem; the form names them all, in its order.
        try {
            EmailAddresses.normalise(email);
        }
        catch (SignUpException e) {
            form.reject(SignUpForm.EMAIL, e.getMessage(locale));
        }
        if (!consent) {
            form.reject(SignUpForm.CONSENT, new SignUpException(SignUpException.CONSENT_REQUIRED).getMessage(locale));
        }
        form.reject(SignUpException.CONSENT_REQUIRED.equals(thrown.getKey()) ? SignUpForm.CONSENT : SignUpForm.EMAIL,
            thrown.getMessage(locale));
        if (json) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (Map.Entry<String, String> error : form.getErrors().entrySet()) {
                errors.add(Json.createObjectBuilder().add("field", error.getKey()).add("message", error.getValue()));
            }
            writeJson(response, SC_UNPROCESSABLE, Json.createObjectBuilder().add("outcome", "invalid")
                .add("title", text(locale, "newsletter.errors.title")).add("errors", errors).build());
            return;
        }
        form.submitted(email, consent, request.getParameter(SignUpForm.STAMP),
            sourcePage(request.getParameter(SignUpForm.SOURCE)));
        forward(request, response, "newsletter");
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response) throws ServletException,
        IOException {
        Locale locale = PageLocale.of(request);
        if (refusedAsCrossSite(request)) {
            fail(request, response, false, locale, NewsletterPage.OUTCOME_FORBIDDEN, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ConfirmOutcome outcome;
        try {
            outcome = newsletter.confirm(NewsletterPage.token(request.getParameter(NewsletterPage.TOKEN)));
        }
        catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, FAILED, "confirmation", e);
            fail(request, response, false, locale, NewsletterPage.OUTCOME_UNAVAILABLE,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        switch (outcome) {
            case CONFIRMED -> show(request, response, NewsletterPage.OUTCOME_CONFIRMED, HttpServletResponse.SC_OK);
            case ALREADY_USED -> show(request, response, NewsletterPage.OUTCOME_ALREADY_USED, HttpServletResponse.SC_OK);
            case EXPIRED -> show(request, response, NewsletterPage.OUTCOME_EXPIRED, HttpServletResponse.SC_GONE);
            default -> show(request, response, NewsletterPage.OUTCOME_UNKNOWN, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response) throws ServletException,
        IOException {
        // No origin check: mail providers post the one-click request from their servers; the token is the authority.
        UnsubscribeOutcome outcome;
        try {
            outcome = newsletter.unsubscribe(NewsletterPage.token(request.getParameter(NewsletterPage.TOKEN)));
        }
        catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, FAILED, "unsubscription", e);
            fail(request, response, false, PageLocale.of(request), NewsletterPage.OUTCOME_UNAVAILABLE,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (outcome == UnsubscribeOutcome.UNSUBSCRIBED) {
            show(request, response, NewsletterPage.OUTCOME_UNSUBSCRIBED, HttpServletResponse.SC_OK);
        }
        else {
            show(request, response, NewsletterPage.OUTCOME_UNSUBSCRIBE_UNKNOWN, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean refusedAsCrossSite(HttpServletRequest request) {
        List<String> addresses = new ArrayList<>(2);
        settings.get(NewsletterService.BASE_URL).ifPresent(addresses::add);
        settings.get(Page.BASE_URL).ifPresent(addresses::add);
        if (SameOrigin.isCrossSite(request, addresses)) {
            LOGGER.log(Level.INFO, CROSS_SITE, request.getRequestURI(), request.getHeader("Origin"));
            return true;
        }
        return false;
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, boolean json, Locale locale,
        String outcome, int status) throws ServletException, IOException {
        if (json) {
            writeJson(response, status, outcome(locale, outcome).build());
        }
        else {
            show(request, response, outcome, status);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String outcome, int status)
        throws ServletException, IOException {
        request.setAttribute(NewsletterPage.OUTCOME, outcome);
        response.setStatus(status);
        forward(request, response, "newsletter-outcome");
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, String view)
        throws ServletException, IOException {
        request.getRequestDispatcher(Router.viewPath(getServletContext(), view)).forward(PublicRequest.of(request),
            response);
    }

    private static JsonObjectBuilder outcome(Locale locale, String outcome) {
        return Json.createObjectBuilder().add("outcome", outcome)
            .add("title", text(locale, "newsletter.outcome." + outcome + ".title"))
            .add("message", text(locale, "newsletter.outcome." + outcome + ".text"));
    }

    private static void writeJson(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toString());
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }

    /**
     * @param value the page the form says it was on.
     * @return it when it is a path of this site, else {@code null}: it is stored as proof of consent.
     */
    private static String sourcePage(String value) {
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.length() > MAX_SOURCE_PAGE
            || value.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return value;
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(Formats.BUNDLE, locale, NewsletterServlet.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
