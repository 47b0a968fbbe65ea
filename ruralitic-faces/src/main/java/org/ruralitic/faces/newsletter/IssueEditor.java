package org.ruralitic.faces.newsletter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminFormat;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.newsletter.IssueDraft;
import org.ruralitic.newsletter.IssueException;
import org.ruralitic.newsletter.IssueFigures;
import org.ruralitic.newsletter.IssueSection;
import org.ruralitic.newsletter.IssueStatus;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;
import org.ruralitic.newsletter.NewsletterService;

/**
 * Backs the editor of a newsletter issue ({@code /ruralitic/admin/newsletters/new}, {@code …/newsletters/<id>}).
 * <p>
 * A plain HTML form, posted to its own address and handled by a view action: it holds no Faces view state, so it
 * never expires, and whatever was typed comes back with the messages when an action is refused. Each button names
 * its action ({@code action=save}, {@code add}, {@code remove-2}, {@code up-2}, {@code test}, {@code send}, {@code delete}); every
 * one saves what was typed first. Sending needs its confirmation box ticked. Cross-site posts never reach here
 * ({@link AdminFilter}).
 *
 * @since 0.3
 */
@Named("rtIssueEditor")
@RequestScoped
public class IssueEditor {

    private static final Pattern SECTION_ACTION = Pattern.compile("(remove|up)-([0-9]{1,2})");
    private static final Pattern SECTION_PATH = Pattern.compile("^sections\\[(\\d+)]\\.(\\w+)$");
    private static final List<String> DONE = List.of("saved", "tested", "sent");

    @Inject
    NewsletterIssues issues;

    @Inject
    NewsletterService newsletter;

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

    private IssueDraft draft;
    private NewsletterIssue issue;
    private boolean found = true;
    private String testAddresses;
    private IssueFigures figures;
    private String notice;
    private String conflict;
    private Integer conflictVersion;
    private final FieldErrors errors = new FieldErrors();

    /** The view action: reads the issue on a GET, runs the button's action on a POST. */
    public void handle() {
        if ("POST".equals(request.getMethod())) {
            submitted();
            return;
        }
        Object id = request.getAttribute(AdminFilter.ID);
        if (id instanceof Long number) {
            Optional<NewsletterIssue> read = issues.find(staff.getActor(), number);
            if (read.isEmpty()) {
                notFound();
                return;
            }
            issue = read.get();
            draft = issue.toDraft();
        }
        else {
            draft = new IssueDraft();
            draft.setLatestArticles(3);
            draft.setNextEdition(true);
            draft.addSection();
        }
    }

    private void submitted() {
        draft = fromForm(request.getParameterMap());
        testAddresses = request.getParameter("testAddresses");
        String action = request.getParameter("action");
        action = action == null ? "save" : action;
        Matcher section = SECTION_ACTION.matcher(action);
        if ("add".equals(action)) {
            draft.addSection();
            reload();
            return;
        }
        if (section.matches()) {
            int index = Integer.parseInt(section.group(2));
            if ("remove".equals(section.group(1))) {
                draft.removeSection(index);
            }
            else {
                draft.moveUp(index);
            }
            reload();
            return;
        }
        if ("delete".equals(action) && draft.getId() != null) {
            long id = draft.getId();
            act(() -> {
                issues.delete(staff.getActor(), id, draft.getVersion());
                return id;
            }).ifPresent(deleted -> AdminActions.redirect(AdminFilter.BASE + "/newsletters?deleted=1"));
            reload();
            return;
        }
        if ("overwrite".equals(action) && request.getParameter("conflictVersion") != null) {
            draft.setVersion(parse(request.getParameter("conflictVersion"), draft.getVersion()));
        }
        Optional<NewsletterIssue> saved = store();
        if (saved.isEmpty()) {
            return;
        }
        long id = saved.get().getId();
        switch (action) {
            case "test" -> act(() -> issues.sendTest(staff.getActor(), id, testAddresses))
                .ifPresent(to -> notice = text("admin.issue.tested", String.join(", ", to)));
            case "send" -> {
                if (request.getParameter("confirmSend") == null) {
                    errors.add("confirmSend", text(IssueException.NOT_CONFIRMED));
                }
                else {
                    act(() -> issues.send(staff.getActor(), id, saved.get().getVersion())).ifPresent(sent -> {
                        AdminActions.contentChanged(null); // the archive shows it at once on this server
                        AdminActions.redirect(AdminFilter.BASE + "/newsletters/" + id + "?done=sent");
                    });
                }
            }
            default -> AdminActions.redirect(AdminFilter.BASE + "/newsletters/" + id + "?done=saved");
        }
        reload();
    }

    /** After an action that stays on the page: what the issue now is in the database, beside the typed draft. */
    private void reload() {
        if (draft.getId() != null && issue == null) {
            issue = issues.find(staff.getActor(), draft.getId()).orElse(null);
        }
    }

    private Optional<NewsletterIssue> store() {
        validate();
        if (!errors.isEmpty()) {
            reload();
            return Optional.empty();
        }
        Optional<NewsletterIssue> saved = act(() -> issues.save(staff.getActor(), draft));
        saved.ifPresent(stored -> {
            draft.setId(stored.getId());
            draft.setVersion(stored.getVersion());
            issue = stored;
        });
        return saved;
    }

    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            conflict = text("admin.issue.conflict", e.getSavedBy(), format.dateTime(e.getSavedAt()));
            conflictVersion = e.getCurrentVersion();
            errors.add(null, conflict);
        }
        catch (IssueException e) {
            errors.add(e.getField(), text(e.getKey()));
        }
        catch (AccessDeniedException e) {
            errors.add(null, AdminActions.denied(locale.getLocale()));
        }
        return Optional.empty();
    }

    private void validate() {
        Locale userLocale = locale.getLocale();
        Validator validator = Validators.in(validation, userLocale);
        validator.validate(draft).stream()
            .sorted(Comparator.comparing((ConstraintViolation<IssueDraft> violation) -> order(violation)))
            .forEach(violation -> errors.add(field(violation), violation.getMessage()));
    }

    private static int order(ConstraintViolation<IssueDraft> violation) {
        String path = violation.getPropertyPath().toString();
        int index = List.of("subject", "language", "intro", "latestArticles").indexOf(path);
        Matcher section = SECTION_PATH.matcher(path);
        return index >= 0 ? index : section.matches() ? 100 + Integer.parseInt(section.group(1)) : 1000;
    }

    private static String field(ConstraintViolation<IssueDraft> violation) {
        String path = violation.getPropertyPath().toString();
        Matcher section = SECTION_PATH.matcher(path);
        if (section.matches()) {
            return "section-" + section.group(1) + "-" + section.group(2);
        }
        return path.isEmpty() || "sections".equals(path) ? null : path;
    }

    /** The draft as the form sent it: every field is text a stranger may have written, sizes are checked after. */
    static IssueDraft fromForm(Map<String, String[]> form) {
        IssueDraft typed = new IssueDraft();
        String id = first(form, "id");
        if (id != null && id.matches("[0-9]{1,18}")) {
            typed.setId(Long.valueOf(id));
            typed.setVersion(parse(first(form, "version"), 0));
        }
        typed.setSubject(first(form, "subject"));
        String language = first(form, "language");
        typed.setLanguage("en".equals(language) ? "en" : "fr");
        typed.setIntro(first(form, "intro"));
        typed.setLatestArticles(Math.max(-1, Math.min(parse(first(form, "latestArticles"), 0), 99)));
        typed.setNextEdition(first(form, "nextEdition") != null);
        int count = Math.max(0, Math.min(parse(first(form, "sections"), 0), IssueDraft.MAX_SECTIONS));
        for (int i = 0; i < count; i++) {
            IssueSection section = new IssueSection();
            section.setHeading(first(form, "section-" + i + "-heading"));
            section.setText(first(form, "section-" + i + "-text"));
            typed.getSections().add(section);
        }
        return typed;
    }

    private static String first(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int parse(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    private String text(String key, Object... arguments) {
        return AdminText.of(locale.getLocale(), key, arguments);
    }

    /** @return the issue as typed or read. */
    public IssueDraft getDraft() {
        return draft;
    }

    /** @return the issue as stored, or {@code null} before its first save. */
    public NewsletterIssue getIssue() {
        return issue;
    }

    /** @return whether it is still a draft (editable). */
    public boolean isEditable() {
        return issue == null || issue.getStatus() == IssueStatus.DRAFT;
    }

    /** @return the figures of the send, or {@code null} for a draft; read once per request. */
    public IssueFigures getFigures() {
        if (figures == null && issue != null && issue.getStatus() != IssueStatus.DRAFT) {
            figures = issues.figures(staff.getActor(), issue.getId());
        }
        return figures;
    }

    /** @return how many subscribers a send would reach now. */
    public long getAudience() {
        return newsletter.confirmedCount();
    }

    /** @return the label of the send's confirmation box, with the audience. */
    public String getConfirmLabel() {
        return text("admin.issue.send.confirm", getAudience());
    }

    /** @return whether the address named an issue that exists. */
    public boolean isFound() {
        return found;
    }

    /** @return the addresses typed for a test. */
    public String getTestAddresses() {
        return testAddresses;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        if (notice != null) {
            return notice;
        }
        String done = request.getParameter("done");
        return done != null && DONE.contains(done) ? text("admin.issue.done." + done) : null;
    }

    /** @return the conflict's message, or {@code null}. */
    public String getConflict() {
        return conflict;
    }

    /** @return the version to save over after a conflict, or {@code null}. */
    public Integer getConflictVersion() {
        return conflictVersion;
    }

    /** @return the messages of the form, by field. */
    public FieldErrors getErrors() {
        return errors;
    }
}
