package org.ruralitic.faces.partner;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.article.ArticleService;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.partner.LogoSize;
import org.ruralitic.partner.PartnerEditing;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.TierDraft;

/**
 * Backs the tiers' page of editors ({@code /ruralitic/admin/tiers}, {@code …/tiers/<id>}): the tiers in the order
 * of the wall with buttons to move each up or down, and a form to create one (placed last) or change its labels in
 * French and English and its logo size. Plain HTML forms posted to their own address ({@code action=save},
 * {@code up}, {@code down}), usable without JavaScript.
 *
 * @since 0.3
 */
@Named("rtTierDesk")
@RequestScoped
public class TierDesk {

    private static final List<String> FIELDS = List.of("code", "french", "english", "logoSize");
    private static final List<String> DONE = List.of("saved", "moved");

    @Inject
    PartnerEditing editing;

    @Inject
    ArticleService articles;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    ValidatorFactory validation;

    @Inject
    HttpServletRequest request;

    private TierDraft draft = new TierDraft(null, 0, null, null, null, LogoSize.MEDIUM);
    private boolean allowed;
    private String notice;
    private final FieldErrors errors = new FieldErrors();
    private List<PartnerTier> tiers;

    /** The view action: reads the tier on a GET, runs the button's action on a POST. */
    public void handle() {
        allowed = staff.isEditor();
        if (!allowed) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        if ("POST".equals(request.getMethod())) {
            submitted();
            return;
        }
        String done = request.getParameter("done");
        if (done != null && DONE.contains(done)) {
            notice = AdminText.of(locale.getLocale(), "admin.tiers.done." + done);
        }
        if (request.getAttribute(AdminFilter.ID) instanceof Long id) {
            TierDraft read = editing.tierDraft(staff.getActor(), id);
            if (read == null) {
                notice = AdminText.of(locale.getLocale(), "ruralitic.tier.notFound");
            }
            else {
                draft = read;
            }
        }
    }

    private void submitted() {
        String action = request.getParameter("action");
        if ("up".equals(action) || "down".equals(action)) {
            long id = DeskActions.number(request.getParameter("id"));
            int version = DeskActions.version(request.getParameter("version"));
            DeskActions.act(() -> editing.moveTier(staff.getActor(), id, version, "up".equals(action)), errors,
                locale.getLocale()).ifPresent(moved -> {
                    AdminActions.contentChanged(articles.nextScheduled().orElse(null));
                    AdminActions.redirect(AdminFilter.BASE + "/tiers?done=moved#tier-" + id);
                });
            return;
        }
        long id = DeskActions.number(request.getParameter("id"));
        draft = new TierDraft(id > 0 ? id : null, DeskActions.version(request.getParameter("version")),
            request.getParameter("code"), request.getParameter("french"), request.getParameter("english"),
            logoSize(request.getParameter("logoSize")));
        DeskActions.validate(validation, locale.getLocale(), draft, FIELDS, errors);
        if (!errors.isEmpty()) {
            return;
        }
        DeskActions.act(() -> editing.saveTier(staff.getActor(), draft), errors, locale.getLocale())
            .ifPresent(saved -> {
                AdminActions.contentChanged(articles.nextScheduled().orElse(null));
                AdminActions.redirect(AdminFilter.BASE + "/tiers/" + saved.getId() + "?done=saved");
            });
    }

    private static LogoSize logoSize(String value) {
        for (LogoSize size : LogoSize.values()) {
            if (size.name().equals(value)) {
                return size;
            }
        }
        return null;
    }

    /** @return every tier, in the order of the wall; empty for a user who may not see them. */
    public List<PartnerTier> getTiers() {
        if (tiers == null) {
            tiers = allowed ? editing.tiers(staff.getActor()) : List.of();
        }
        return tiers;
    }

    /** @return the logo sizes, largest first. */
    public LogoSize[] getLogoSizes() {
        return LogoSize.values();
    }

    /** @return the tier as the form shows it. */
    public TierDraft getDraft() {
        return draft;
    }

    /** @return whether the user may edit tiers. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /** @return the errors of the forms. */
    public FieldErrors getErrors() {
        return errors;
    }
}
