package org.ruralitic.faces.article;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleDraft;
import org.ruralitic.article.ArticleEditException;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.ArticleStatus;
import org.ruralitic.article.BlockDraft;
import org.ruralitic.article.BlockKind;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.HttpCache;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.common.Router;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * Backs the article editor ({@code /ruralitic/admin/articles/new}, {@code /ruralitic/admin/articles/<id>}): the
 * draft being written, its blocks added, moved and removed, and the workflow's actions, each saving what was typed
 * first.
 * <p>
 * The form works without JavaScript (every button submits it) and with Faces Ajax (admin.js). Nothing typed is lost:
 * on an error, a conflict or an expired view the form comes back with it. For that last case the draft's skeleton
 * (id, version, kinds of blocks) travels in plain hidden fields, from which {@link #getDraft()} rebuilds what the
 * view iterates over before Faces applies the submitted values.
 *
 * @since 0.2
 */
@Named("rtArticleEditor")
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The plain hidden fields of the draft's skeleton. */
    static final String ID_FIELD = "rt-article-id";
    static final String VERSION_FIELD = "rt-article-version";
    static final String KINDS_FIELD = "rt-article-blocks";

    private static final List<String> DONE = List.of("saved", "submitted", "published", "scheduled", "unpublished",
        "archived", "restored", "revision");
    // What <input type="datetime-local"> sends: 2026-12-07T09:00, or with seconds.
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final Pattern MEDIA_PATH = Pattern.compile("^" + MediaItem.PREFIX + "([0-9]{1,18})-[^/]+$");
    private static final Pattern BLOCK_PATH = Pattern.compile("^blocks\\[(\\d+)]\\.(\\w+)$");

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient ArticleService articles;

    @Inject
    transient ThemeService themes;

    @Inject
    transient EditionService editions;

    @Inject
    transient Staff staff;

    @Inject
    transient PageLocale locale;

    @Inject
    transient Settings settings;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient MediaService media;

    private ArticleDraft draft;
    private ArticleStatus status;
    private Instant publishedAt;
    private boolean found = true;
    private String scheduleAt;
    private String previewLink;
    private String conflict;
    private Integer conflictRevision;
    private Integer conflictVersion;
    private final FieldErrors errors = new FieldErrors();

    /** @return the draft: read from the database on the first visit, rebuilt from the form after an expired view. */
    public ArticleDraft getDraft() {
        if (draft == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Map<String, String> params = context.getExternalContext().getRequestParameterMap();
            if (context.isPostback() && params.containsKey(KINDS_FIELD)) {
                draft = skeleton(params);
            }
            else {
                Object id = context.getExternalContext().getRequestMap().get(AdminFilter.ID);
                draft = id == null ? new ArticleDraft() : load((Long) id);
            }
        }
        return draft;
    }

    private ArticleDraft load(long id) {
        return editing.find(staff.getActor(), id).filter(article -> !article.isDeleted()).map(article -> {
            status = article.getStatus();
            publishedAt = article.getPublishedAt();
            return ArticleDraft.of(article);
        }).orElseGet(() -> {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return new ArticleDraft();
        });
    }

    private ArticleDraft skeleton(Map<String, String> params) {
        ArticleDraft rebuilt = new ArticleDraft();
        String id = params.get(ID_FIELD);
        if (id != null && id.matches("^[0-9]{1,18}$")) {
            editing.find(staff.getActor(), Long.parseLong(id)).ifPresent(article -> {
                status = article.getStatus();
                publishedAt = article.getPublishedAt();
            });
            rebuilt.setId(Long.valueOf(id));
        }
        String version = params.get(VERSION_FIELD);
        if (version != null && version.matches("^[0-9]{1,9}$")) {
            rebuilt.setVersion(Integer.parseInt(version));
        }
        for (String kind : params.getOrDefault(KINDS_FIELD, "").split(",")) {
            Arrays.stream(BlockKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .ifPresent(rebuilt::addBlock);
        }
        errors.add(null, text("admin.editor.restored"));
        return rebuilt;
    }

    /** @return the kinds of the blocks in order, for the hidden field that rebuilds them. */
    public String getBlockKinds() {
        return getDraft().getBlocks().stream().map(block -> block.getKind().name()).collect(Collectors.joining(","));
    }

    // Blocks

    /**
     * @param kind the kind of block to add at the end, such as {@code PARAGRAPH}.
     */
    public void add(String kind) {
        getDraft().addBlock(BlockKind.valueOf(kind));
    }

    /** @param index the block to move up. */
    public void moveUp(int index) {
        getDraft().moveUp(index);
    }

    /** @param index the block to move down. */
    public void moveDown(int index) {
        getDraft().moveDown(index);
    }

    /** @param index the block to remove. */
    public void remove(int index) {
        getDraft().removeBlock(index);
    }

    // Workflow

    /** Saves the draft and shows it again, saved. */
    public void save() {
        Article saved = store();
        if (saved != null) {
            done(saved, "saved");
        }
    }

    /** Saves, then hands the article to the editors. */
    public void submit() {
        Article saved = store();
        if (saved != null
            && act(() -> editing.submit(staff.getActor(), saved.getId(), saved.getVersion())).isPresent()) {
            done(saved, "submitted");
        }
    }

    /** Saves, then publishes now. */
    public void publishNow() {
        Article saved = store();
        if (saved != null
            && act(() -> editing.publish(staff.getActor(), saved.getId(), saved.getVersion(), null)).isPresent()) {
            done(saved, "published");
        }
    }

    /** Saves, then schedules for the date-time typed (in the portal's zone). */
    public void schedule() {
        Instant at = parseSchedule();
        if (at == null) {
            return;
        }
        Article saved = store();
        if (saved != null
            && act(() -> editing.publish(staff.getActor(), saved.getId(), saved.getVersion(), at)).isPresent()) {
            done(saved, "scheduled");
        }
    }

    /** Takes the article off the site. */
    public void unpublish() {
        if (act(() -> editing.unpublish(staff.getActor(), draft.getId(), draft.getVersion())).isPresent()) {
            done(draft.getId(), "unpublished");
        }
    }

    /** Withdraws the article from lists. */
    public void archive() {
        if (act(() -> editing.archive(staff.getActor(), draft.getId(), draft.getVersion())).isPresent()) {
            done(draft.getId(), "archived");
        }
    }

    /** Moves the article to the bin and goes to the list. */
    public void delete() {
        if (act(() -> editing.delete(staff.getActor(), draft.getId(), draft.getVersion())).isPresent()) {
            changed();
            redirect(AdminFilter.BASE + "/articles?deleted=" + draft.getId());
        }
    }

    /** Makes a shareable preview link, shown on the page. */
    public void sharePreview() {
        if (draft.getId() == null) {
            return;
        }
        act(() -> {
            String token = editing.sharePreview(staff.getActor(), draft.getId(), previewLifetime());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            previewLink = HttpCache.origin(
                (HttpServletRequest) external.getRequest(), settings.get("base.url").orElse(null))
                + external.getRequestContextPath() + Router.BASE + "/preview/" + token;
            return token;
        });
    }

    /** After a conflict: saves what this editor typed over the other change, knowingly. */
    public void overwrite() {
        if (conflictVersion != null) {
            draft.setVersion(conflictVersion);
            save();
        }
    }

    private Article store() {
        errors.clear();
        conflict = null;
        validate();
        if (!errors.isEmpty()) {
            return null;
        }
        sizeImages();
        Optional<Article> saved = act(() -> editing.save(staff.getActor(), draft));
        saved.ifPresent(article -> {
            draft.setId(article.getId());
            draft.setVersion(article.getVersion());
        });
        return saved.orElse(null);
    }

    /** Images of the media library get their width and height, so that pages reserve their room. */
    private void sizeImages() {
        Optional<MediaItem> main = mediaOf(draft.getImageUrl());
        draft.setImageWidth(main.map(MediaItem::width).orElse(null));
        draft.setImageHeight(main.map(MediaItem::height).orElse(null));
        for (BlockDraft block : draft.getBlocks()) {
            Optional<MediaItem> image = block.getKind() == BlockKind.IMAGE ? mediaOf(block.getImageUrl())
                : Optional.empty();
            block.setImageWidth(image.map(MediaItem::width).orElse(null));
            block.setImageHeight(image.map(MediaItem::height).orElse(null));
        }
    }

    private Optional<MediaItem> mediaOf(String url) {
        Matcher path = url == null ? null : MEDIA_PATH.matcher(url);
        return path != null && path.matches() ? media.find(Long.parseLong(path.group(1)))
            .filter(item -> url.endsWith(item.fileSegment())) : Optional.empty();
    }

    /** Runs a service call, turning its refusals into messages on the form: empty when refused. */
    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            conflict = text("admin.editor.conflict", e.getSavedBy(), dateTime(e.getSavedAt()));
            conflictRevision = e.getRevisionNumber();
            conflictVersion = e.getCurrentVersion();
            errors.add(null, conflict);
        }
        catch (ArticleEditException e) {
            errors.add(e.getField(), text(e.getKey()));
        }
        catch (AccessDeniedException e) {
            denied();
        }
        return Optional.empty();
    }

    private void denied() {
        errors.add(null, AdminActions.denied(locale.getLocale()));
    }

    private void validate() {
        Locale userLocale = locale.getLocale();
        Validator validator = Validators.in(validation, userLocale);
        validator.validate(draft).stream()
            .sorted(Comparator.comparing(violation -> order(violation.getPropertyPath().toString())))
            .forEach(violation -> errors.add(field(violation), violation.getMessage()));
    }

    private int order(String path) {
        List<String> fields = List.of("title", "slug", "lead", "language", "author", "interviewee", "intervieweeRole",
            "imageUrl", "imageAltMissing", "imageAlt");
        int index = fields.indexOf(path);
        Matcher block = BLOCK_PATH.matcher(path);
        return index >= 0 ? index : block.matches() ? 100 + Integer.parseInt(block.group(1)) : 1000;
    }

    private String field(ConstraintViolation<ArticleDraft> violation) {
        String path = violation.getPropertyPath().toString();
        if ("imageAltMissing".equals(path)) {
            return "imageAlt";
        }
        Matcher block = BLOCK_PATH.matcher(path);
        if (block.matches()) {
            int index = Integer.parseInt(block.group(1));
            String property = block.group(2);
            if ("complete".equals(property)) {
                BlockDraft incomplete = draft.getBlocks().get(index);
                property = incomplete.getKind() == BlockKind.IMAGE ? incomplete.getImageUrl() == null ? "imageUrl"
                    : "imageAlt" : incomplete.getKind() == BlockKind.QUESTION_ANSWER && incomplete.getText() != null
                        ? "answer" : "text";
            }
            return "block-" + index + "-" + property;
        }
        return path.isEmpty() ? null : path;
    }

    private Instant parseSchedule() {
        errors.clear();
        try {
            Instant at = LocalDateTime.parse(scheduleAt == null ? "" : scheduleAt.strip(), LOCAL_INPUT)
                .atZone(settings.zone()).toInstant();
            if (!at.isAfter(Instant.now())) {
                errors.add("scheduleAt", text("admin.editor.schedule.past"));
                return null;
            }
            return at;
        }
        catch (DateTimeParseException e) {
            errors.add("scheduleAt", text("admin.editor.schedule.invalid"));
            return null;
        }
    }

    private void done(Article saved, String outcome) {
        done(saved.getId(), outcome);
    }

    private void done(Long id, String outcome) {
        changed();
        redirect(AdminFilter.BASE + "/articles/" + id + "?done=" + outcome);
    }

    /** The change shows at once to this server's visitors; a scheduled article bounds how long pages are kept. */
    private void changed() {
        AdminActions.contentChanged(articles.nextScheduled().orElse(null));
    }

    private static void redirect(String path) {
        AdminActions.redirect(path);
    }

    private Duration previewLifetime() {
        return settings.duration("preview.lifetime", Duration.ofDays(7));
    }

    private String text(String key, Object... arguments) {
        return AdminText.of(locale.getLocale(), key, arguments);
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale()).format(instant.atZone(settings.zone()));
    }

    // What the page shows

    /** @return what the last action did ({@code ?done=saved}...), for the notice; {@code null} for anything else. */
    public String getDone() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        return done != null && DONE.contains(done) ? done : null;
    }

    /** @return whether the address names an article (or a new one). */
    public boolean isFound() {
        getDraft();
        return found;
    }

    /** @return the status, {@code null} for a new article. */
    public ArticleStatus getStatus() {
        return status;
    }

    /** @return when it is or was published, or {@code null}. */
    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** @return the errors of the form, by field. */
    public FieldErrors getErrors() {
        return errors;
    }

    /** @return the message of a conflict with another editor's save, or {@code null}. */
    public String getConflict() {
        return conflict;
    }

    /** @return the revision the other editor's save made, to compare with. */
    public Integer getConflictRevision() {
        return conflictRevision;
    }

    /** @return the shareable preview link just made, or {@code null}. */
    public String getPreviewLink() {
        return previewLink;
    }

    /** @return the date-time typed for scheduling. */
    public String getScheduleAt() {
        return scheduleAt;
    }

    /** @param scheduleAt the date-time typed for scheduling, {@code yyyy-MM-ddTHH:mm}. */
    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    /** @return the themes to choose from. */
    public List<Theme> getThemes() {
        return themes.findAll();
    }

    /** @return the editions to choose from, upcoming then past. */
    public List<Edition> getEditions() {
        return Stream.concat(editions.upcoming().stream(), editions.past().stream()).toList();
    }

    /** @return the newest images of the media library, offered to the image fields. */
    public List<MediaItem> getImages() {
        return media.list(staff.getActor(), PageRequest.of(1, 100)).items();
    }

    /** @return the kinds of block, for the buttons that add one. */
    public BlockKind[] getKinds() {
        return BlockKind.values();
    }

    /** @return whether the user may publish, schedule, unpublish, archive and delete. */
    public boolean isEditor() {
        return staff.isEditor();
    }

    /**
     * @param field a field's error key, such as {@code block-2-text}.
     * @return the id of its input in the page, for the error summary's links.
     */
    public String anchor(String field) {
        if (field == null || field.isEmpty()) {
            return "editor";
        }
        Matcher block = Pattern.compile("^block-(\\d+)-(\\w+)$").matcher(field);
        return block.matches() ? "editor:blocks:" + block.group(1) + ":" + block.group(2) : "editor:" + field;
    }
}
