package org.ruralitic.faces.newsletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.Ruralitic;
import org.ruralitic.faces.common.FreshValues;
import org.ruralitic.faces.common.Router;
import org.ruralitic.guard.FormStamps;
import org.ruralitic.guard.StampCheck;
import org.ruralitic.newsletter.NewsletterService;

/**
 * The sign-up form of one request, as {@code <r:newsletterSignUp/>} shows it: empty with a fresh stamp, or as the
 * visitor submitted it with the message of each field in error.
 * <p>
 * {@link NewsletterServlet} fills it before forwarding a rejected form back to its page; the request scope spans the
 * forward, so nothing is kept in a session.
 *
 * @since 0.1
 */
@Named("rtSignUp")
@RequestScoped
public class SignUpForm {

    /** The name (and id) of the address field. */
    public static final String EMAIL = "rt-email";

    /** The name (and id) of the consent box. */
    public static final String CONSENT = "rt-consent";

    /** The name of the hidden field of the signed form stamp. */
    public static final String STAMP = "rt-stamp";

    /** The name of the field people never see nor fill: only robots do. */
    public static final String HONEYPOT = "rt-website";

    /** The name of the hidden field of the page the form was on. */
    public static final String SOURCE = "rt-source";

    @Inject
    FormStamps stamps;

    @Inject
    NewsletterService newsletter;

    @Inject
    @Ruralitic
    Clock clock;

    private String email;
    private boolean consent;
    private String stamp;
    private String sourcePage;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean unavailable;
    private Boolean open;

    /**
     * Fills the form as submitted, for the page to show it again.
     *
     * @param typedEmail the address as typed.
     * @param ticked whether consent was given.
     * @param postedStamp the stamp that came back, kept if it is ours and still fresh.
     * @param page the page the form was on.
     */
    void submitted(String typedEmail, boolean ticked, String postedStamp, String page) {
        this.email = typedEmail;
        this.consent = ticked;
        this.sourcePage = page;
        // Keeping the stamp lets a person who corrects a typo at once not look faster than a human.
        StampCheck check = postedStamp == null ? StampCheck.FORGED : stamps.check(postedStamp, clock.instant());
        this.stamp = check == StampCheck.VALID || check == StampCheck.TOO_FAST ? postedStamp : null;
    }

    /**
     * @param field {@link #EMAIL} or {@link #CONSENT}.
     * @param message the message to show next to it.
     */
    void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Marks the form as submitted while the newsletter could not take it (database away): it says so. */
    void unavailable() {
        this.unavailable = true;
    }

    /** @return whether the form was submitted while the newsletter could not take it. */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** @return whether people can sign up: every setting the newsletter needs is given. */
    public boolean isOpen() {
        if (open == null) {
            open = newsletter.isOpen();
        }
        return open;
    }

    /** @return the address as typed, or {@code null}. */
    public String getEmail() {
        return email;
    }

    /** @return whether the consent box is ticked. */
    public boolean isConsent() {
        return consent;
    }

    /**
     * @return the signed stamp of the form, issued now unless the submitted one is kept; on a page the Router serves,
     *         a placeholder it fills in with a fresh stamp each time it sends the page, so that the page itself can be
     *         kept and sent again without rendering.
     */
    public String getStamp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> request = faces == null ? new HashMap<>() : faces.getExternalContext().getRequestMap();
        if (stamp == null) {
            stamp = FreshValues.placeholder(request, "stamp", () -> stamps.issue(clock.instant()));
            if (stamp != null) {
                return stamp;
            }
            stamp = stamps.issue(clock.instant());
        }
        // A page with a stamp (or a submitted form) in it is this visitor's alone: no cache may keep it.
        request.put(Router.NO_STORE, Boolean.TRUE);
        return stamp;
    }

    /** @return the page the form is on: the one it was submitted from, else the address of this request. */
    public String getSourcePage() {
        if (sourcePage == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object uri = faces.getExternalContext().getRequestMap().get("jakarta.servlet.forward.request_uri");
            sourcePage = uri == null ? faces.getExternalContext().getRequestContextPath()
                + faces.getExternalContext().getRequestServletPath() : uri.toString();
        }
        return sourcePage;
    }

    /** @return the messages by field name, in the order of the form. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** @return whether the form was rejected. */
    public boolean isInvalid() {
        return !errors.isEmpty();
    }

    /**
     * @param field a field name.
     * @return its message, or {@code null} when it is fine.
     */
    public String error(String field) {
        return errors.get(field);
    }

    /** @return the name of the first field in error, which gets the focus, or {@code null}. */
    public String getFirstInvalid() {
        return errors.isEmpty() ? null : errors.keySet().iterator().next();
    }
}
