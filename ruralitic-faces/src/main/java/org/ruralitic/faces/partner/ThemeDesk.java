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
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeDraft;
import org.ruralitic.theme.ThemeEditing;

/**
 * Backs the themes' page of editors ({@code /ruralitic/admin/themes}, {@code …/themes/<id>}): the themes and a form
 * to create one (code and labels) or change its labels in French and English; the code, part of public addresses,
 * stays. A plain HTML form posted to its own address.
 *
 * @since 0.3
 */
@Named("rtThemeDesk")
@RequestScoped
public class ThemeDesk {

    private static final List<String> FIELDS = List.of("code", "french", "english");

    @Inject
    ThemeEditing editing;

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

    private ThemeDraft draft = new ThemeDraft(null, 0, null, null, null);
    private boolean allowed;
    private String notice;
    private final FieldErrors errors = new FieldErrors();
    private List<Theme> themes;

    /** The view action: reads the theme on a GET, saves the form on a POST. */
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
        if ("saved".equals(request.getParameter("done"))) {
            notice = AdminText.of(locale.getLocale(), "admin.themes.done.saved");
        }
        if (request.getAttribute(AdminFilter.ID) instanceof Long id) {
            ThemeDraft read = editing.draft(staff.getActor(), id);
            if (read == null) {
                notice = AdminText.of(locale.getLocale(), "ruralitic.theme.notFound");
            }
            else {
                draft = read;
            }
        }
    }

    private void submitted() {
        long id = DeskActions.number(request.getParameter("id"));
        draft = new ThemeDraft(id > 0 ? id : null, DeskActions.version(request.getParameter("version")),
            request.getParameter("code"), request.getParameter("french"), request.getParameter("english"));
        DeskActions.validate(validation, locale.getLocale(), draft, FIELDS, errors);
        if (!errors.isEmpty()) {
            return;
        }
        DeskActions.act(() -> editing.save(staff.getActor(), draft), errors, locale.getLocale())
            .ifPresent(saved -> {
                AdminActions.contentChanged(articles.nextScheduled().orElse(null));
                AdminActions.redirect(AdminFilter.BASE + "/themes/" + saved.getId() + "?done=saved");
            });
    }

    /** @return every theme, by code; empty for a user who may not see them. */
    public List<Theme> getThemes() {
        if (themes == null) {
            themes = allowed ? editing.themes(staff.getActor()) : List.of();
        }
        return themes;
    }

    /** @return the theme as the form shows it. */
    public ThemeDraft getDraft() {
        return draft;
    }

    /** @return whether the user may edit themes. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /** @return the errors of the form. */
    public FieldErrors getErrors() {
        return errors;
    }
}
