package org.ruralitic.newsletter;

import java.util.Locale;

/**
 * A sign-up form as submitted: what the person typed and ticked, where, and what the form's anti-abuse fields say.
 * The anti-abuse parts are optional: {@code null} means "not checked" (a call from code), so a form must always pass
 * them, even empty.
 *
 * <h2>Usage</h2>
 * <pre>
 * SignUp signUp = SignUp.of(email, consent, viewRoot.getLocale(), "/ruralitic/")
 *     .fromClient(limiter.clientKey(request.getRemoteAddr()))
 *     .withFormStamp(stampField)
 *     .withHoneypot(websiteField);
 * </pre>
 *
 * @param email the address as typed.
 * @param consent whether the consent box was ticked.
 * @param locale the language of the page, for the mails (French unless English).
 * @param sourcePage the page of the form, kept as proof of consent (at most 500 characters kept), or {@code null}.
 * @param clientKey the client's key for the rate limit (never its IP address), or {@code null} for no limit.
 * @param formStamp the form's signed stamp, or {@code null} when not checked.
 * @param honeypot the hidden field people leave empty, or {@code null}.
 * @since 0.1
 */
public record SignUp(String email, boolean consent, Locale locale, String sourcePage, String clientKey,
    String formStamp, String honeypot) {

    /**
     * @param email the address as typed.
     * @param consent whether the consent box was ticked.
     * @param locale the language of the page.
     * @param sourcePage the page of the form, or {@code null}.
     * @return a sign-up without anti-abuse checks.
     */
    public static SignUp of(String email, boolean consent, Locale locale, String sourcePage) {
        return new SignUp(email, consent, locale, sourcePage, null, null, null);
    }

    /**
     * @param key the client's key, from {@link org.ruralitic.guard.RateLimiter#clientKey(String)}.
     * @return this sign-up, counted against the client's rate limit.
     */
    public SignUp fromClient(String key) {
        return new SignUp(email, consent, locale, sourcePage, key, formStamp, honeypot);
    }

    /**
     * @param stamp the stamp that came back with the form ({@code ""} when missing).
     * @return this sign-up, with its stamp checked.
     */
    public SignUp withFormStamp(String stamp) {
        return new SignUp(email, consent, locale, sourcePage, clientKey, stamp == null ? "" : stamp, honeypot);
    }

    /**
     * @param value the value of the hidden field.
     * @return this sign-up, with its honeypot checked.
     */
    public SignUp withHoneypot(String value) {
        return new SignUp(email, consent, locale, sourcePage, clientKey, formStamp, value);
    }
}
