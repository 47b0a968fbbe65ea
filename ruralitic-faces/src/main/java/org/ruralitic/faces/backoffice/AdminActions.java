package org.ruralitic.faces.backoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.faces.common.Router;

/**
 * What the back-office's actions share once a service has answered: going on to a page (post, redirect, get), telling
 * the public pages of this server that content changed, and the message of a refusal the user can read.
 *
 * @since 0.2
 */
public final class AdminActions {

    private AdminActions() {
    }

    /**
     * @param path a path below the context, such as {@code /ruralitic/admin/articles/42?done=saved}.
     */
    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The change shows at once to the visitors of this server (the others see it within {@code cache.ttl}).
     *
     * @param nextChange when content changes next by itself (a scheduled article), or {@code null}.
     */
    public static void contentChanged(Instant nextChange) {
        Router.forget((ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext(), nextChange);
    }

    /**
     * @param locale the user's locale.
     * @return the message of an action the user's role does not allow; the page answers 403.
     */
    public static String denied(Locale locale) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        return AdminText.of(locale, "admin.denied");
    }

    /**
     * @param refusal a refusal by a service.
     * @param locale the user's locale.
     * @param keyOf the message key of a refusal other than a denial.
     * @return its message.
     */
    public static String messageOf(RuntimeException refusal, Locale locale,
        Function<RuntimeException, String> keyOf) {
        return refusal instanceof AccessDeniedException ? denied(locale) : AdminText.of(locale, keyOf.apply(refusal));
    }
}
