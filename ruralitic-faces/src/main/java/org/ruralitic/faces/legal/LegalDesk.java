package org.ruralitic.faces.legal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminFormat;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.legal.LegalPage;
import org.ruralitic.legal.LegalPageKind;
import org.ruralitic.legal.LegalPages;
import org.ruralitic.legal.LegalTextRefusal;

/**
 * Backs the editor of the public-sector pages for administrators ({@code /ruralitic/admin/legal}): the six pages
 * (three, in French and English) with whether each shows its default text, and the form of one of them
 * ({@code ?page=legal-notice&language=fr}), with a preview, a save that shows on the public page at once, and a
 * return to the default text. A plain HTML form posted to its own address: it never expires, and what was typed comes
 * back with any error.
 *
 * @since 0.3
 */
@Named("rtLegalDesk")
@RequestScoped
public class LegalDesk {

    @Inject
    LegalPages legal;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    AdminFormat format;

    @Inject
    HttpServletRequest request;

    private final FieldErrors errors = new FieldErrors();
    private List<LegalPage> pages = List.of();
    private LegalPageKind kind;
    private String language;
    private String body;
    private int version = LegalPage.NOT_EDITED;
    private Integer conflictVersion;
    private LegalPage current;
    private String preview;
    private String notice;
    private boolean allowed;

    /** The view action: lists the pages, opens one, or runs the button's action on a POST. */
    public void handle() {
        if (!staff.isAdministrator()) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        allowed = true;
        kind = LegalPageKind.ofSlug(request.getParameter("page"));
        language = "en".equals(request.getParameter("language")) ? "en" : "fr";
        if (kind == null) {
            pages = legal.pages(staff.getActor());
            return;
        }
        current = legal.page(kind, Locale.forLanguageTag(language));
        if (!"POST".equals(request.getMethod())) {
            body = current.body();
            version = current.version();
            String done = request.getParameter("done");
            if ("saved".equals(done) || "reset".equals(done)) {
                notice = text("admin.legal.done." + done);
            }
            return;
        }
        body = request.getParameter("body");
        version = parse(request.getParameter("version"));
        String action = request.getParameter("action");
        switch (action == null ? "save" : action) {
            case "preview" -> preview = new LegalPage(kind, language, body == null ? "" : body, true, version, null,
                null).html();
            case "reset" -> act(() -> legal.reset(staff.getActor(), kind, Locale.forLanguageTag(language), version))
                .ifPresent(page -> done("reset"));
            case "overwrite" -> {
                version = parse(request.getParameter("conflictVersion"));
                save();
            }
            default -> save();
        }
    }

    private void save() {
        act(() -> legal.save(staff.getActor(), kind, Locale.forLanguageTag(language), body, version))
            .ifPresent(page -> done("saved"));
    }

    private void done(String what) {
        AdminActions.contentChanged(null); // the public page shows it at once on this server
        AdminActions.redirect(AdminFilter.BASE + "/legal?page=" + kind.slug() + "&language=" + language + "&done="
            + what);
    }

    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            conflictVersion = e.getCurrentVersion();
            errors.add(null, text("admin.legal.conflict", e.getSavedBy(), format.dateTime(e.getSavedAt())));
            current = legal.page(kind, Locale.forLanguageTag(language));
        }
        catch (LegalTextRefusal e) {
            errors.add(e.getField(), text(e.getKey()));
        }
        catch (AccessDeniedException e) {
            errors.add(null, AdminActions.denied(locale.getLocale()));
        }
        return Optional.empty();
    }

    /** @return whether the user may see and change the pages: an administrator. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return the six pages, when none is open. */
    public List<LegalPage> getPages() {
        return pages;
    }

    /** @return the page open in the form, or {@code null}. */
    public LegalPageKind getKind() {
        return kind;
    }

    /** @return the language of the page open in the form. */
    public String getLanguage() {
        return language;
    }

    /** @return the text in the form: the page's, or what was typed. */
    public String getBody() {
        return body;
    }

    /** @return the version the form was made from. */
    public int getVersion() {
        return version;
    }

    /** @return the page's version now after a conflict, for "save mine anyway"; else {@code null}. */
    public Integer getConflictVersion() {
        return conflictVersion;
    }

    /** @return the page as it shows now. */
    public LegalPage getCurrent() {
        return current;
    }

    /** @return the preview of the typed text, or {@code null}. */
    public String getPreview() {
        return preview;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /**
     * @param page one of the pages.
     * @return whether it shows its default text, or who edited it when.
     */
    public String state(LegalPage page) {
        return page.edited() ? text("admin.legal.editedBy", page.updatedBy(), format.dateTime(page.updatedAt()))
            : text("admin.legal.default");
    }

    /** @return the errors, by field ({@code body}) or for the form ({@code null}). */
    public FieldErrors getErrors() {
        return errors;
    }

    private String text(String key, Object... arguments) {
        return AdminText.of(locale.getLocale(), key, arguments);
    }

    private static int parse(String value) {
        try {
            return value == null ? LegalPage.NOT_EDITED : Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            return Integer.MIN_VALUE; // a forged version: refused as a conflict
        }
    }
}
