package org.ruralitic.faces.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.article.ArticleService;
import org.ruralitic.common.PageRequest;
import org.ruralitic.event.Edition;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.PartnerDraft;
import org.ruralitic.partner.PartnerEditing;

/**
 * Backs the partners' page of editors ({@code /ruralitic/admin/partners}, {@code …/partners/<id>}): the partners,
 * a form to create or change one with its logo picked from the media library and its alternative text, and the
 * editions whose walls to fill.
 * <p>
 * Plain HTML forms posted to their own address ({@code action=save}, {@code delete}); whatever was typed comes back
 * with the messages when refused; a change shows on the public wall at once. Cross-site posts never reach here
 * ({@link AdminFilter}).
 *
 * @since 0.3
 */
@Named("rtPartnerDesk")
@RequestScoped
public class PartnerDesk {

    /** The fields of the form, in its order. */
    static final List<String> FIELDS = List.of("name", "websiteUrl", "description", "logoUrl", "logoAlt");

    private static final List<String> DONE = List.of("saved", "deleted");

    @Inject
    PartnerEditing editing;

    @Inject
    MediaService media;

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

    private PartnerDraft draft = new PartnerDraft(null, 0, null, null, null, null, null);
    private boolean allowed;
    private boolean found = true;
    private String notice;
    private final FieldErrors errors = new FieldErrors();
    private List<Partner> partners;
    private List<Edition> editions;
    private List<LogoChoice> logos;

    /** The view action: reads the partner on a GET, runs the button's action on a POST. */
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
            notice = AdminText.of(locale.getLocale(), "admin.partners.done." + done);
        }
        if (request.getAttribute(AdminFilter.ID) instanceof Long id) {
            PartnerDraft read = editing.partnerDraft(staff.getActor(), id);
            if (read == null) {
                found = false;
                notice = AdminText.of(locale.getLocale(), "ruralitic.partner.notFound");
            }
            else {
                draft = read;
            }
        }
    }

    private void submitted() {
        draft = fromForm(request);
        if ("delete".equals(request.getParameter("action")) && draft.id() != null) {
            long id = draft.id();
            DeskActions.act(() -> {
                editing.deletePartner(staff.getActor(), id, draft.version());
                return id;
            }, errors, locale.getLocale()).ifPresent(deleted -> {
                AdminActions.contentChanged(articles.nextScheduled().orElse(null));
                AdminActions.redirect(AdminFilter.BASE + "/partners?done=deleted");
            });
            return;
        }
        DeskActions.validate(validation, locale.getLocale(), draft, FIELDS, errors);
        if (!errors.isEmpty()) {
            return;
        }
        DeskActions.act(() -> editing.savePartner(staff.getActor(), draft), errors, locale.getLocale())
            .ifPresent(saved -> {
                AdminActions.contentChanged(articles.nextScheduled().orElse(null));
                AdminActions.redirect(AdminFilter.BASE + "/partners/" + saved.getId() + "?done=saved");
            });
    }

    /** The draft as the form sent it: text a stranger may have written, checked by validation after. */
    static PartnerDraft fromForm(HttpServletRequest form) {
        long id = DeskActions.number(form.getParameter("id"));
        return new PartnerDraft(id > 0 ? id : null, DeskActions.version(form.getParameter("version")),
            form.getParameter("name"), blankToNull(form.getParameter("websiteUrl")),
            form.getParameter("description"), blankToNull(form.getParameter("logoUrl")),
            form.getParameter("logoAlt"));
    }

    /** @return every partner, by name; empty for a user who may not see them. */
    public List<Partner> getPartners() {
        if (partners == null) {
            partners = allowed ? editing.partners(staff.getActor()) : List.of();
        }
        return partners;
    }

    /** @return every edition, latest first, to open its wall. */
    public List<Edition> getEditions() {
        if (editions == null) {
            editions = allowed ? editing.editions(staff.getActor()) : List.of();
        }
        return editions;
    }

    /**
     * @return the logos to pick from: the media library's images, newest first, and the partner's current logo when
     *         it comes from elsewhere.
     */
    public List<LogoChoice> getLogos() {
        if (logos != null || !allowed) {
            return allowed ? logos : List.of();
        }
        List<LogoChoice> choices = new ArrayList<>();
        String current = draft.logoUrl();
        boolean listed = false;
        for (MediaItem item : media.list(staff.getActor(), PageRequest.of(1, PageRequest.MAX_SIZE)).items()) {
            choices.add(new LogoChoice(item.path(), item.fileName() + (item.altText() == null
                || item.altText().isBlank() ? "" : " — " + item.altText()), item.path().equals(current)));
            listed |= item.path().equals(current);
        }
        if (current != null && !listed) {
            choices.add(0, new LogoChoice(current, current, true));
        }
        logos = List.copyOf(choices);
        return logos;
    }

    /** @return the partner as the form shows it. */
    public PartnerDraft getDraft() {
        return draft;
    }

    /** @return whether the user may edit partners. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return whether the partner of the address exists. */
    public boolean isFound() {
        return found;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /** @return the errors of the form. */
    public FieldErrors getErrors() {
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A logo the form offers.
     *
     * @param url its address.
     * @param label what the option says.
     * @param selected whether it is the partner's.
     * @since 0.3
     */
    public record LogoChoice(String url, String label, boolean selected) {
    }
}
