package org.ruralitic.faces.programme;

import java.util.List;
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
import org.ruralitic.common.PageRequest;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.FormNumbers;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;
import org.ruralitic.programme.ProgrammeEditing;
import org.ruralitic.programme.Speaker;
import org.ruralitic.programme.SpeakerDraft;

/**
 * Backs the speakers of the back-office: their list ({@code /ruralitic/admin/speakers}) and a speaker's form
 * ({@code …/speakers/new}, {@code …/speakers/<id>}): name, role, organisation, a biography with inline formatting, a
 * portrait from the media library. A speaker who asks to be removed is removed everywhere at once, their sessions
 * kept, once the box saying so is ticked. A plain form posted to its own address, as the session's.
 *
 * @since 0.3
 */
@Named("rtSpeakerEditor")
@RequestScoped
public class SpeakerEditor {

    private static final List<String> DONE = List.of("saved", "removed");

    @Inject
    ProgrammeEditing programme;

    @Inject
    MediaService media;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    ValidatorFactory validation;

    @Inject
    HttpServletRequest request;

    private SpeakerDraft draft;
    private List<Speaker> speakers;
    private String notice;
    private boolean found = true;
    private Integer conflictVersion;
    private final FieldErrors errors = new FieldErrors();

    /** The view action of the list. */
    public void list() {
        if (!staff.isEditor()) {
            found = false;
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        speakers = programme.speakers(staff.getActor());
    }

    /** The view action of the form: reads the speaker on a GET, saves or removes them on a POST. */
    public void handle() {
        if (!staff.isEditor()) {
            found = false;
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        try {
            if ("POST".equals(request.getMethod())) {
                submitted();
                return;
            }
            Object id = request.getAttribute(AdminFilter.ID);
            draft = id instanceof Long number ? programme.speakerDraft(staff.getActor(), number)
                : new SpeakerDraft(null, 0, null, null, null, null, null);
            if (draft == null) {
                notFound();
            }
        }
        catch (AccessDeniedException e) {
            found = false;
            notice = AdminActions.denied(locale.getLocale());
        }
    }

    private void submitted() {
        String id = request.getParameter("id");
        Long speaker = id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        int version = speaker == null ? 0 : FormNumbers.version(request.getParameter("version"));
        String action = request.getParameter("action");
        if ("overwrite".equals(action)) {
            version = FormNumbers.version(request.getParameter("conflictVersion"));
        }
        draft = new SpeakerDraft(speaker, version, request.getParameter("name"), request.getParameter("role"),
            request.getParameter("organisation"), request.getParameter("bio"), blankToNull(request.getParameter("photoUrl")));
        if ("remove".equals(action) && speaker != null) {
            if (request.getParameter("confirmRemove") == null) {
                errors.add("confirmRemove", text("admin.speaker.remove.unconfirmed"));
                return;
            }
            programme.removeSpeaker(staff.getActor(), speaker);
            AdminActions.contentChanged(null);
            AdminActions.redirect(AdminFilter.BASE + "/speakers?done=removed");
            return;
        }
        Validators.in(validation, locale.getLocale()).validate(draft)
            .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        if (!errors.isEmpty()) {
            return;
        }
        act(() -> programme.saveSpeaker(staff.getActor(), draft)).ifPresent(saved -> {
            AdminActions.contentChanged(null);
            AdminActions.redirect(AdminFilter.BASE + "/speakers/" + saved.getId() + "?done=saved");
        });
    }

    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            conflictVersion = e.getCurrentVersion();
            errors.add(null, text("admin.speaker.conflict"));
        }
        catch (IllegalArgumentException e) {
            errors.add(null, text("admin.speaker.gone"));
        }
        return Optional.empty();
    }

    private void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        notice = text("admin.speaker.notFound");
    }

    private String text(String key, Object... arguments) {
        return AdminText.of(locale.getLocale(), key, arguments);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the speaker as typed or read. */
    public SpeakerDraft getDraft() {
        return draft;
    }

    /** @return every speaker, for the list. */
    public List<Speaker> getSpeakers() {
        return speakers;
    }

    /** @return the newest images of the media library, offered to the portrait field. */
    public List<MediaItem> getImages() {
        return media.list(staff.getActor(), PageRequest.of(1, 100)).items();
    }

    /** @return the version to save over after a conflict, or {@code null}. */
    public Integer getConflictVersion() {
        return conflictVersion;
    }

    /** @return the messages of the form, by field. */
    public FieldErrors getErrors() {
        return errors;
    }

    /** @return whether the address named a speaker who exists. */
    public boolean isFound() {
        return found;
    }

    /** @return the outcome of the last action, or a refusal, or {@code null}. */
    public String getNotice() {
        if (notice != null) {
            return notice;
        }
        String done = request.getParameter("done");
        return done != null && DONE.contains(done) ? text("admin.speaker.done." + done) : null;
    }
}
