package org.ruralitic.faces.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.PageRequest;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionDraft;
import org.ruralitic.event.EditionEditException;
import org.ruralitic.event.EditionEditing;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Series;
import org.ruralitic.event.SocialLink;
import org.ruralitic.event.SocialNetwork;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.backoffice.Validators;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * Backs the edition form of editors ({@code /ruralitic/admin/editions/new}, {@code /ruralitic/admin/editions/<id>}):
 * a plain form posted to its own address, which saves the edition or starts next year's from it. What the editor
 * typed comes back as typed on any error, each error tied to its field; a save over a version someone else changed
 * since is refused. After a change the public pages of this server show it at once.
 *
 * @since 0.3
 */
@Named("rtEditionEditor")
@RequestScoped
public class EditionEditor {

    /** The text fields of the form, in its order: the names of the inputs and of their errors. */
    static final List<String> FIELDS = List.of("name", "slug", "tagline", "series", "partOf", "status", "startDay",
        "startTime", "endDay", "endTime", "timeZone", "language", "description", "imageUrl", "organizerName",
        "organizerUrl", "venueName", "venueStreet", "venuePostalCode", "venueCity", "venueDepartment", "venueRegion",
        "venueCountry", "latitude", "longitude");
    /** How many social links the form offers beyond the edition's. */
    static final int SPARE_LINKS = 2;
    private static final int MAX_LINKS = 20;
    private static final List<String> DONE = List.of("saved", "created", "started");

    @Inject
    EditionEditing editing;

    @Inject
    ThemeService themes;

    @Inject
    SharedEditions shared;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    HttpServletRequest request;

    @Inject
    ValidatorFactory validation;

    @Inject
    MediaService media;

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> checkedThemes = new LinkedHashSet<>();
    private final List<String[]> links = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors();
    private Long id;
    private int version;
    private boolean found = true;
    private boolean allowed = true;
    private String done;

    /** The view action of the page: reads the edition, or saves it or starts the next one on a POST. */
    public void handle() {
        if (!staff.isEditor()) {
            allowed = false;
            errors.add(null, AdminActions.denied(locale.getLocale()));
            return;
        }
        id = (Long) request.getAttribute(AdminFilter.ID);
        String action = request.getParameter("action");
        try {
            if (!"POST".equals(request.getMethod())) {
                String told = request.getParameter("done");
                done = told != null && DONE.contains(told) ? told : null;
                load();
            }
            else if ("next".equals(action) && id != null) {
                Edition next = editing.startNextFrom(staff.getActor(), id);
                changed();
                AdminActions.redirect(AdminFilter.BASE + "/editions/" + next.getId() + "?done=started");
            }
            else {
                save();
            }
        }
        catch (AccessDeniedException e) {
            allowed = false;
            errors.add(null, AdminActions.denied(locale.getLocale()));
        }
        catch (EditionEditException e) {
            if (EditionEditException.NOT_FOUND.equals(e.getKey())) {
                notFound();
            }
            else {
                if (!"POST".equals(request.getMethod()) || values.isEmpty()) {
                    load();
                }
                errors.add(e.getField(), text(e.getKey()));
            }
        }
    }

    private void load() {
        EditionDraft draft = id == null ? editing.blank(staff.getActor()) : editing.draft(staff.getActor(), id);
        if (draft == null) {
            notFound();
            return;
        }
        version = draft.version();
        put("name", draft.name());
        put("slug", draft.slug());
        put("tagline", draft.tagline());
        put("series", draft.seriesId());
        put("partOf", draft.partOfId());
        put("status", draft.status());
        put("startDay", draft.startDay());
        put("startTime", draft.startTime());
        put("endDay", draft.endDay());
        put("endTime", draft.endTime());
        put("timeZone", draft.timeZone());
        put("language", draft.language());
        put("description", draft.description());
        put("imageUrl", draft.imageUrl());
        put("organizerName", draft.organizerName());
        put("organizerUrl", draft.organizerUrl());
        put("venueName", draft.venueName());
        put("venueStreet", draft.venueStreet());
        put("venuePostalCode", draft.venuePostalCode());
        put("venueCity", draft.venueCity());
        put("venueDepartment", draft.venueDepartment());
        put("venueRegion", draft.venueRegion());
        put("venueCountry", draft.venueCountry());
        put("latitude", draft.latitude());
        put("longitude", draft.longitude());
        draft.themeIds().forEach(theme -> checkedThemes.add(theme.toString()));
        draft.socialLinks().forEach(link -> links.add(new String[] { link.getNetwork().name(), link.getUrl() }));
        spareLinks();
    }

    private void save() {
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value);
        }
        // One name per theme ("theme-12"), so that each box stands for itself.
        request.getParameterMap().forEach((name, typed) -> {
            if (name.startsWith("theme-") && typed.length > 0) {
                checkedThemes.add(typed[0]);
            }
        });
        for (int index = 0; index < MAX_LINKS && request.getParameter("link-url-" + index) != null; index++) {
            links.add(new String[] { request.getParameter("link-network-" + index),
                request.getParameter("link-url-" + index) });
        }
        spareLinks();
        String typedVersion = request.getParameter("version");
        version = typedVersion != null && typedVersion.matches("^[0-9]{1,9}$") ? Integer.parseInt(typedVersion) : 0;
        EditionDraft draft = draft();
        if (errors.isEmpty()) {
            Validators.in(validation, locale.getLocale()).validate(draft).stream()
                .sorted(Comparator.comparing(violation -> order(field(violation))))
                .forEach(violation -> errors.add(field(violation), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            return;
        }
        try {
            Edition saved = editing.save(staff.getActor(), draft);
            changed();
            AdminActions.redirect(AdminFilter.BASE + "/editions/" + saved.getId() + "?done="
                + (id == null ? "created" : "saved"));
        }
        catch (EditConflictException e) {
            errors.add(null, text("admin.edition.conflict"));
        }
    }

    // Parse errors first, as typed; the draft then carries nulls where a value could not be read.
    private EditionDraft draft() {
        LocalDate startDay = day("startDay");
        LocalTime startTime = time("startTime");
        LocalDate endDay = day("endDay");
        LocalTime endTime = time("endTime");
        Double latitude = number("latitude");
        Double longitude = number("longitude");
        EditionStatus status = Arrays.stream(EditionStatus.values()).filter(known -> known.name().equals(
            values.get("status"))).findFirst().orElse(EditionStatus.DRAFT);
        List<Long> themeIds = checkedThemes.stream().filter(theme -> theme.matches("^[0-9]{1,18}$"))
            .map(Long::valueOf).toList();
        List<SocialLink> socialLinks = new ArrayList<>();
        for (int index = 0; index < links.size(); index++) {
            String[] link = links.get(index);
            if (link[1] == null || link[1].isBlank()) {
                continue;
            }
            SocialNetwork network = Arrays.stream(SocialNetwork.values()).filter(known -> known.name().equals(
                link[0])).findFirst().orElse(null);
            if (network == null) {
                errors.add("link-network-" + index, text("admin.edition.link.network"));
                continue;
            }
            socialLinks.add(new SocialLink(network, link[1].strip()));
        }
        return new EditionDraft(id, version, identifier("series"), identifier("partOf"), value("slug"),
            value("name"), value("tagline"), startDay, startTime, endDay, endTime, value("timeZone"),
            value("language"), status, value("description"), value("imageUrl"), value("organizerName"),
            value("organizerUrl"), value("venueName"), value("venueStreet"), value("venuePostalCode"),
            value("venueCity"), value("venueDepartment"), value("venueRegion"), upper(value("venueCountry")),
            latitude, longitude, themeIds, socialLinks);
    }

    private void changed() {
        AdminActions.contentChanged(null);
        shared.forget();
    }

    private void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    private void spareLinks() {
        for (int spare = 0; spare < SPARE_LINKS && links.size() < MAX_LINKS; spare++) {
            links.add(new String[] { "", "" });
        }
    }

    private LocalDate day(String field) {
        String typed = value(field);
        try {
            return typed == null ? null : LocalDate.parse(typed);
        }
        catch (DateTimeParseException e) {
            errors.add(field, text("admin.edition.day.invalid"));
            return null;
        }
    }

    private LocalTime time(String field) {
        String typed = value(field);
        try {
            return typed == null ? null : LocalTime.parse(typed);
        }
        catch (DateTimeParseException e) {
            errors.add(field, text("admin.edition.time.invalid"));
            return null;
        }
    }

    private Double number(String field) {
        String typed = value(field);
        try {
            return typed == null ? null : Double.valueOf(typed.replace(',', '.'));
        }
        catch (NumberFormatException e) {
            errors.add(field, text("admin.edition.number.invalid"));
            return null;
        }
    }

    private Long identifier(String field) {
        String typed = value(field);
        return typed != null && typed.matches("^[0-9]{1,18}$") ? Long.valueOf(typed) : null;
    }

    private String value(String field) {
        String typed = values.get(field);
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private void put(String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.startsWith("socialLinks[")) {
            return "link-url-" + path.substring("socialLinks[".length(), path.indexOf(']'));
        }
        return switch (path) {
            case "endAfterStart" -> "endDay";
            case "zoneKnown" -> "timeZone";
            default -> path;
        };
    }

    private static int order(String field) {
        int index = FIELDS.indexOf(field);
        return index < 0 ? FIELDS.size() : index;
    }

    private String text(String key) {
        return AdminText.of(locale.getLocale(), key);
    }

    /**
     * @param field a field of the form.
     * @param hinted whether it has a hint.
     * @return the ids of its hint and error, for {@code aria-describedby}, or {@code null} when it has neither.
     */
    public String describedBy(String field, boolean hinted) {
        String ids = ((hinted ? "hint-" + field : "") + " " + (errors.has(field) ? "error-" + field : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /**
     * @param field a field of the form.
     * @param type the input type it asks for, such as {@code date}.
     * @return that type, or {@code text} for a date or time that was typed unreadable: a date input cannot hold it,
     *     and the editor gets back what they typed.
     */
    public String inputType(String field, String type) {
        String typed = values.getOrDefault(field, "");
        if (typed.isBlank() || !"date".equals(type) && !"time".equals(type)) {
            return type;
        }
        try {
            if ("date".equals(type)) {
                LocalDate.parse(typed.strip());
            }
            else {
                LocalTime.parse(typed.strip());
            }
            return type;
        }
        catch (DateTimeParseException e) {
            return "text";
        }
    }

    /** @return the values of the form by field, as the edition holds them or as typed. */
    public Map<String, String> getValues() {
        return values;
    }

    /**
     * @param theme a theme.
     * @return whether it is checked.
     */
    public boolean checked(Theme theme) {
        return checkedThemes.contains(theme.getId().toString());
    }

    /** @return the social links of the form, network and address, with spare empty rows. */
    public List<String[]> getLinks() {
        return links;
    }

    /** @return the networks a link may be on. */
    public SocialNetwork[] getNetworks() {
        return SocialNetwork.values();
    }

    /** @return the statuses an edition may have. */
    public EditionStatus[] getStatuses() {
        return EditionStatus.values();
    }

    /** @return every theme, which the edition may cover (its tracks). */
    public List<Theme> getThemes() {
        return allowed ? themes.findAll() : List.of();
    }

    /** @return the latest images of the media library, offered for the image field. */
    public List<MediaItem> getImages() {
        return allowed ? media.list(staff.getActor(), PageRequest.of(1, 100)).items() : List.of();
    }

    /** @return every series. */
    public List<Series> getSeries() {
        return allowed ? editing.series(staff.getActor()) : List.of();
    }

    /** @return the main editions a co-located day may be part of, this one aside. */
    public List<Edition> getMainEditions() {
        return allowed ? editing.editions(staff.getActor()).stream().filter(edition -> edition.getPartOf() == null
            && !edition.getId().equals(id)).toList() : List.of();
    }

    /** @return the errors of the form, tied to their fields. */
    public FieldErrors getErrors() {
        return errors;
    }

    /** @return the edition, or {@code null} for a new one. */
    public Long getId() {
        return id;
    }

    /** @return the version the form was read at. */
    public int getVersion() {
        return version;
    }

    /** @return whether the edition exists. */
    public boolean isFound() {
        return found;
    }

    /** @return whether the user may edit editions. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return what was just done ({@code saved}, {@code created}, {@code started}), or {@code null}. */
    public String getDone() {
        return done;
    }
}
