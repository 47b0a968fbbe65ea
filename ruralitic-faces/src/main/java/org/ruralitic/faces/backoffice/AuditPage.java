package org.ruralitic.faces.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.AuditLog;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.common.Page;

/**
 * Backs the audit log ({@code /ruralitic/admin/audit}), for administrators only: anyone else gets a 403.
 *
 * @since 0.2
 */
@Named("rtAudit")
@RequestScoped
public class AuditPage {

    private static final int PAGE_SIZE = 50;

    @Inject
    AuditLog audit;

    @Inject
    Staff staff;

    @Inject
    Page page;

    private PageResult<AuditEntry> entries;
    private boolean denied;

    /** Reads the page of entries, or answers 403. */
    public void load() {
        try {
            entries = audit.entries(staff.getActor(), PageRequest.of(page.number("page", 1), PAGE_SIZE));
        }
        catch (AccessDeniedException e) {
            denied = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /** @return the entries of the page, newest first; {@code null} when denied. */
    public PageResult<AuditEntry> getEntries() {
        return entries;
    }

    /** @return whether the user may not read the log. */
    public boolean isDenied() {
        return denied;
    }
}
