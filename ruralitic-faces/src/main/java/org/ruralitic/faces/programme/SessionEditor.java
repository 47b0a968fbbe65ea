package org.ruralitic.faces.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.event.Edition;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminFormat;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.FormNumbers;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.programme.ProgrammeEditing;
import org.ruralitic.programme.ProgrammeOutline;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.SessionDraft;
import org.ruralitic.programme.SessionFormat;
import org.ruralitic.programme.SessionWarning;
import org.ruralitic.programme.Speaker;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * Backs a session's form ({@code /ruralitic/admin/sessions/new?edition=<id>}, {@code …/sessions/<id>}).
 * <p>
 * A plain HTML form posted to its own address, handled by a view action, like the newsletter's: no Faces state to
 * expire, and what was typed comes back with the messages. Saving first asks the programme for its warnings (a speaker
 * or a room taken at that time, a day outside the edition's); when there are some, nothing is saved and the form
 * shows them with "Save anyway", which saves as typed. Speakers are ordered slots, one more added by a button. A
 * deletion needs its box ticked. Cross-site posts never reach here ({@link AdminFilter}).
 *
 * @since 0.3
 */
@Named("rtSessionEditor")
@RequestScoped
public class SessionEditor {

    private static final List<String> DONE = List.of("saved");

    @Inject
    ProgrammeEditing programme;

    @Inject
    ThemeService themes;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    AdminFormat format;

    @Inject
    ValidatorFactory validation;

    @Inject
    HttpServletRequest request;

    private SessionForm form;
    private ProgrammeOutline outline;
    private List<Speaker> speakers;
    private List<String> warnings = List.of();
    private Integer conflictVersion;
    private String notice;
    private boolean found = true;
    private final FieldErrors errors = new FieldErrors();

    /** The view action: reads the session on a GET, runs the button's action on a POST. */
    public void handle() {
        if (!staff.isEditor()) {
            found = false;
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        try {
            if ("POST".equals(request.getMethod())) {
                submitted();
            }
            else {
                read();
            }
        }
        catch (AccessDeniedException e) {
            found = false;
            notice = AdminActions.denied(locale.getLocale());
        }
    }

    private void read() {
        Object id = request.getAttribute(AdminFilter.ID);
        if (id instanceof Long number) {
            SessionDraft draft = programme.draft(staff.getActor(), number);
            if (draft == null) {
                notFound();
                return;
            }
            form = SessionForm.of(draft);
        }
        else {
            long edition = FormNumbers.id(request.getParameter("edition"));
            form = SessionForm.blank(edition);
        }
        if (!readOutline()) {
            notFound();
        }
    }

    private void submitted() {
        form = SessionForm.read(request.getParameterMap());
        String action = request.getParameter("action");
        action = action == null ? "save" : action;
        if (!readOutline()) {
            notFound();
            return;
        }
        switch (action) {
            case "addSpeaker" -> form.addSlot();
            case "delete" -> delete();
            default -> {
                if ("overwrite".equals(action)) {
                    form.overwrite(FormNumbers.version(request.getParameter("conflictVersion")));
                }
                Optional<SessionDraft> draft = form.toDraft(errors, locale.getLocale());
                draft.ifPresent(typed -> validate(typed));
                if (draft.isEmpty() || !errors.isEmpty()) {
                    return;
                }
                if (!"saveAnyway".equals(action)) {
                    warnings = programme.check(staff.getActor(), draft.get()).stream().map(this::describe).toList();
                    if (!warnings.isEmpty()) {
                        return;
                    }
                }
                act(() -> programme.save(staff.getActor(), draft.get())).ifPresent(saved -> {
                    AdminActions.contentChanged(null);
                    AdminActions.redirect(AdminFilter.BASE + "/sessions/" + saved.getId() + "?done=saved");
                });
            }
        }
    }

    private void delete() {
        if (form.getId() == null) {
            return;
        }
        if (request.getParameter("confirmDelete") == null) {
            errors.add("confirmDelete", text("admin.session.delete.unconfirmed"));
            return;
        }
        long main = outline.edition().getId();
        act(() -> {
            programme.delete(staff.getActor(), form.getId(), form.getVersion());
            return form.getId();
        }).ifPresent(deleted -> {
            AdminActions.contentChanged(null);
            AdminActions.redirect(AdminFilter.BASE + "/editions/" + main + "/programme?done=deleted");
        });
    }

    /** Reads the programme the form's edition belongs to; {@code false} when there is no such edition. */
    private boolean readOutline() {
        long edition = FormNumbers.id(form.getEditionId());
        outline = edition < 0 ? null : programme.outline(staff.getActor(), edition).orElse(null);
        return outline != null && outline.parts().stream().anyMatch(part -> part.getId() == edition);
    }

    private void validate(SessionDraft draft) {
        Validators.in(validation, locale.getLocale()).validate(draft).forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            errors.add("endAfterStart".equals(path) ? "end" : path, violation.getMessage());
        });
    }

    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            conflictVersion = e.getCurrentVersion();
            errors.add(null, text("admin.session.conflict", format.dateTime(e.getSavedAt())));
        }
        catch (IllegalArgumentException e) {
            // the session or the edition was deleted meanwhile: what was typed stays on the form
            errors.add(null, text("admin.session.gone"));
        }
        return Optional.empty();
    }

    private String describe(SessionWarning warning) {
        return switch (warning.kind()) {
            case SPEAKER_BUSY -> text("admin.session.warning.SPEAKER_BUSY", warning.subject(), warning.otherSession());
            case ROOM_TAKEN -> text("admin.session.warning.ROOM_TAKEN", warning.subject(), warning.otherSession());
            case OUTSIDE_EDITION -> text("admin.session.warning.OUTSIDE_EDITION");
        };
    }

    private void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        notice = text("admin.session.notFound");
    }

    private String text(String key, Object... arguments) {
        return AdminText.of(locale.getLocale(), key, arguments);
    }

    /** @return the form as typed or read. */
    public SessionForm getForm() {
        return form;
    }

    /** @return the programme the session belongs to. */
    public ProgrammeOutline getOutline() {
        return outline;
    }

    /** @return the edition and its co-located days, for the choice of part. */
    public List<Edition> getParts() {
        return outline == null ? List.of() : outline.parts();
    }

    /** @return the rooms already used in this programme, offered to the room field. */
    public List<String> getRooms() {
        List<String> rooms = new ArrayList<>();
        if (outline != null) {
            outline.days().forEach(day -> day.sessions().stream().map(ProgrammeSession::getRoom)
                .filter(room -> room != null && rooms.stream().noneMatch(room::equalsIgnoreCase)).forEach(rooms::add));
        }
        return rooms;
    }

    /** @return every speaker, in one statement, read once per request. */
    public List<Speaker> getSpeakers() {
        if (speakers == null) {
            speakers = programme.speakers(staff.getActor());
        }
        return speakers;
    }

    /** @return the themes, offered as tracks. */
    public List<Theme> getTracks() {
        return themes.findAll();
    }

    /** @return the formats. */
    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    /** @return the warnings to confirm before saving, in the user's language. */
    public List<String> getWarnings() {
        return warnings;
    }

    /** @return the version to save over after a conflict, or {@code null}. */
    public Integer getConflictVersion() {
        return conflictVersion;
    }

    /** @return the messages of the form, by field. */
    public FieldErrors getErrors() {
        return errors;
    }

    /** @return whether the address named a session (or an edition, for a new one) that exists. */
    public boolean isFound() {
        return found;
    }

    /** @return the outcome of the last action, or a refusal, or {@code null}. */
    public String getNotice() {
        if (notice != null) {
            return notice;
        }
        String done = request.getParameter("done");
        return done != null && DONE.contains(done) ? text("admin.session.done." + done) : null;
    }

    /** @return the user's locale, for the themes' labels. */
    public Locale getLocale() {
        return locale.getLocale();
    }
}
