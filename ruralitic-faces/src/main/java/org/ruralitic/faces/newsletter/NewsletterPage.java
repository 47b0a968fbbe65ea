package org.ruralitic.faces.newsletter;

import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Backs the newsletter's link pages and outcome page: the token of a confirmation or unsubscribe link, carried into
 * the form of its button, and the outcome {@link NewsletterServlet} reached, for the page to say it.
 *
 * @since 0.1
 */
@Named("rtNewsletter")
@RequestScoped
public class NewsletterPage {

    /** The request attribute of the outcome: one of the {@code OUTCOME_} values. */
    public static final String OUTCOME = "org.ruralitic.newsletter.outcome";

    /** Request parameter of the token of a link. */
    public static final String TOKEN = "token";

    /** The form was accepted: a confirmation mail is on its way if one is due. */
    public static final String OUTCOME_SENT = "sent";

    /** The subscription is confirmed. */
    public static final String OUTCOME_CONFIRMED = "confirmed";

    /** The confirmation link was used before. */
    public static final String OUTCOME_ALREADY_USED = "alreadyUsed";

    /** The confirmation link is too old. */
    public static final String OUTCOME_EXPIRED = "expired";

    /** No such confirmation link. */
    public static final String OUTCOME_UNKNOWN = "unknown";

    /** The address receives nothing more. */
    public static final String OUTCOME_UNSUBSCRIBED = "unsubscribed";

    /** No such unsubscribe link. */
    public static final String OUTCOME_UNSUBSCRIBE_UNKNOWN = "unsubscribeUnknown";

    /** A POST that came from another site. */
    public static final String OUTCOME_FORBIDDEN = "forbidden";

    /** The newsletter cannot work now: missing settings, database down. */
    public static final String OUTCOME_UNAVAILABLE = "unavailable";

    // Tokens are URL-safe Base64: anything else is not a token and is never echoed into the page.
    private static final Pattern TOKEN_SHAPE = Pattern.compile("^[A-Za-z0-9_.-]{1,100}$"); // a dot in the signed links of issues

    /** @return the token of the link, when it looks like one; {@code null} otherwise. */
    public String getToken() {
        return token(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(TOKEN));
    }

    /** @return the outcome to show, such as {@value #OUTCOME_CONFIRMED}; {@value #OUTCOME_UNKNOWN} when none. */
    public String getOutcome() {
        Object outcome = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(OUTCOME);
        return outcome == null ? OUTCOME_UNKNOWN : outcome.toString();
    }

    /**
     * @param value a parameter.
     * @return it when it looks like a token, else {@code null}.
     */
    static String token(String value) {
        return value != null && TOKEN_SHAPE.matcher(value.strip()).matches() ? value.strip() : null;
    }
}
