package org.ruralitic.faces.event;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.EditRefusal;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.event.EditionEditing;
import org.ruralitic.event.Series;
import org.ruralitic.event.SeriesDraft;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.FormNumbers;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.PageLocale;

/**
 * Backs the series' page of editors ({@code /ruralitic/admin/series}, {@code …/series/<id>}): the conference series
 * of the portal and a form to create one (code and name) or rename it; the code, part of the series' public address
 * {@code /ruralitic/series/<code>}, stays. A plain HTML form posted to its own address; what the editor typed comes
 * back on any error, each error beside its field.
 *
 * @since 0.3
 */
@Named("rtSeriesDesk")
@RequestScoped
public class SeriesDesk {

    private static final List<String> FIELDS = List.of("name", "code");

    @Inject
    EditionEditing editing;

    @Inject
    SharedEditions shared;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    ValidatorFactory validation;

    @Inject
    HttpServletRequest request;

    private SeriesDraft draft = new SeriesDraft(null, 0, null, null);
    private boolean allowed;
    private String notice;
    private final FieldErrors errors = new FieldErrors();
    private List<Series> series;

    /** The view action: reads the series on a GET, saves the form on a POST. */
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
            notice = AdminText.of(locale.getLocale(), "admin.series.done.saved");
        }
        if (request.getAttribute(AdminFilter.ID) instanceof Long id) {
            SeriesDraft read = editing.seriesDraft(staff.getActor(), id);
            if (read == null) {
                notice = AdminText.of(locale.getLocale(), "admin.series.notFound");
            }
            else {
                draft = read;
            }
        }
    }

    private void submitted() {
        long id = FormNumbers.id(request.getParameter("id"));
        draft = new SeriesDraft(id > 0 ? id : null, FormNumbers.version(request.getParameter("version")),
            request.getParameter("code"), request.getParameter("name"));
        Validators.in(validation, locale.getLocale()).validate(draft).stream()
            .sorted(Comparator.comparing((ConstraintViolation<SeriesDraft> violation) -> order(violation)))
            .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        if (!errors.isEmpty()) {
            return;
        }
        try {
            Series saved = editing.saveSeries(staff.getActor(), draft);
            AdminActions.contentChanged(null);
            shared.forget();
            AdminActions.redirect(AdminFilter.BASE + "/series/" + saved.getId() + "?done=saved");
        }
        catch (EditConflictException e) {
            errors.add(null, AdminText.of(locale.getLocale(), "admin.series.conflict"));
        }
        catch (EditRefusal e) {
            errors.add(e.getField(), AdminText.of(locale.getLocale(), e.getKey()));
        }
        catch (AccessDeniedException e) {
            allowed = false;
            notice = AdminActions.denied(locale.getLocale());
        }
    }

    private static int order(ConstraintViolation<?> violation) {
        int index = FIELDS.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? FIELDS.size() : index;
    }

    /** @return every series, the main one first; empty for a user who may not see them. */
    public List<Series> getSeries() {
        if (series == null) {
            series = allowed ? editing.series(staff.getActor()) : List.of();
        }
        return series;
    }

    /** @return the series as the form shows it. */
    public SeriesDraft getDraft() {
        return draft;
    }

    /** @return whether the user may edit series. */
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
