package org.ruralitic.faces.programme;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.programme.ProgrammeEditing;
import org.ruralitic.programme.ProgrammeOutline;

/**
 * Backs the programme of an edition in the back-office ({@code /ruralitic/admin/editions/<id>/programme}; without an
 * edition, {@code /ruralitic/admin/programme} shows the featured one): every session by day, each a link to its form,
 * and the way to add one. Editors only.
 *
 * @since 0.3
 */
@Named("rtProgrammeDesk")
@RequestScoped
public class ProgrammeDesk {

    private static final List<String> DONE = List.of("deleted");

    @Inject
    ProgrammeEditing programme;

    @Inject
    EditionService editions;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    HttpServletRequest request;

    private ProgrammeOutline outline;
    private String notice;

    /** The view action: reads the programme of the address's edition, or of the featured one. */
    public void handle() {
        if (!staff.isEditor()) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        Object id = request.getAttribute(AdminFilter.ID);
        Optional<Long> edition = id instanceof Long number ? Optional.of(number)
            : editions.featured().map(Edition::getId);
        try {
            outline = edition.flatMap(number -> programme.outline(staff.getActor(), number)).orElse(null);
        }
        catch (AccessDeniedException e) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        if (outline == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            notice = AdminText.of(locale.getLocale(), "admin.programme.notFound");
            return;
        }
        String done = request.getParameter("done");
        if (done != null && DONE.contains(done)) {
            notice = AdminText.of(locale.getLocale(), "admin.session.done." + done);
        }
    }

    /** @return the programme, or {@code null} when none could be read. */
    public ProgrammeOutline getOutline() {
        return outline;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }
}
