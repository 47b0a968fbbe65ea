package org.ruralitic.faces.event;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionEditing;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;

/**
 * Backs the list of editions of editors ({@code /ruralitic/admin/editions}): every edition of every series, latest
 * first, each with its series, its status and, for a co-located day, its main edition; read in one statement.
 *
 * @since 0.3
 */
@Named("rtEditionDesk")
@RequestScoped
public class EditionDesk {

    @Inject
    EditionEditing editing;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    private List<Edition> editions;
    private String notice;

    /** The view action of the page: refuses anyone but an editor. */
    public void handle() {
        if (!staff.isEditor()) {
            notice = AdminActions.denied(locale.getLocale());
        }
    }

    /** @return the editions, latest first; empty for anyone but an editor. */
    public List<Edition> getEditions() {
        if (editions == null) {
            editions = staff.isEditor() ? editing.editions(staff.getActor()) : List.of();
        }
        return editions;
    }

    /** @return the refusal, or {@code null}. */
    public String getNotice() {
        return notice;
    }
}
