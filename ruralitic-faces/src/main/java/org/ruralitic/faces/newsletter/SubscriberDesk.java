package org.ruralitic.faces.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FormNumbers;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.newsletter.Subscribers;
import org.ruralitic.newsletter.Subscription;

/**
 * Backs the subscribers' page of administrators ({@code /ruralitic/admin/subscribers}): counts, a search by address,
 * each subscriber's consent proof, a new confirmation mail, erasure after a confirmation step, and the export of the
 * confirmed list ({@code /ruralitic/admin/subscribers/export}). The search is a POST, so that no address lands in an
 * address bar, a history or an access log; every access is audited by the service.
 *
 * @since 0.3
 */
@Named("rtSubscriberDesk")
@RequestScoped
public class SubscriberDesk {

    @Inject
    Subscribers subscribers;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    HttpServletRequest request;

    private List<Subscription> found = List.of();
    private Subscription erasing;
    private String query;
    private String notice;
    private boolean searched;

    /** The view action of the page: runs the button's action on a POST. */
    public void handle() {
        if (!staff.isAdministrator()) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        query = request.getParameter("q");
        String action = request.getParameter("action");
        long id = FormNumbers.id(request.getParameter("id"));
        try {
            switch (action == null ? "search" : action) {
                case "resend" -> notice = text(subscribers.resendConfirmation(staff.getActor(), id)
                    ? "admin.subscribers.resent" : "admin.subscribers.notPending");
                case "erase" -> erasing = subscribers.find(staff.getActor(), id).orElse(null);
                case "confirmErase" -> {
                    if (request.getParameter("confirmErase") == null) {
                        erasing = subscribers.find(staff.getActor(), id).orElse(null);
                        notice = text("admin.subscribers.erase.unconfirmed");
                    }
                    else {
                        notice = text(subscribers.erase(staff.getActor(), id) ? "admin.subscribers.erased"
                            : "admin.subscribers.gone");
                    }
                }
                default -> {
                    searched = true;
                    found = subscribers.search(staff.getActor(), query);
                }
            }
        }
        catch (AccessDeniedException e) {
            notice = AdminActions.denied(locale.getLocale());
        }
    }

    /** The view action of the export: the confirmed subscribers as a CSV file. */
    public void export() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        try {
            if (!staff.isAdministrator()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            else {
                response.setContentType("text/csv");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Disposition", "attachment; filename=\"abonnes-confirmes.csv\"");
                Writer out = response.getWriter();
                subscribers.exportConfirmed(staff.getActor(), out);
                out.flush();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** @return the subscriptions by status. */
    public Optional<Subscribers.Counts> getCounts() {
        return staff.isAdministrator() ? Optional.of(subscribers.counts(staff.getActor())) : Optional.empty();
    }

    /** @return what the search found. */
    public List<Subscription> getFound() {
        return found;
    }

    /** @return whether a search was made. */
    public boolean isSearched() {
        return searched;
    }

    /** @return the subscriber whose erasure awaits its confirmation, or {@code null}. */
    public Subscription getErasing() {
        return erasing;
    }

    /** @return what was searched. */
    public String getQuery() {
        return query;
    }

    /** @return the outcome of the action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    private String text(String key) {
        return AdminText.of(locale.getLocale(), key);
    }

}
