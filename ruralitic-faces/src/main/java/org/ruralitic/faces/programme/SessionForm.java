package org.ruralitic.faces.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.programme.SessionDraft;
import org.ruralitic.programme.SessionFormat;

/**
 * A session's form as it was typed: every field kept as text, so that a day or an hour the browser did not check (no
 * date picker, no JavaScript) comes back as typed, with its message, instead of being lost.
 *
 * @since 0.3
 */
public final class SessionForm {

    /** How many speakers a session may have. */
    public static final int MAX_SPEAKERS = 12;

    private Long id;
    private int version;
    private String editionId;
    private String title;
    private String summary;
    private String day;
    private String start;
    private String end;
    private String room;
    private String trackId;
    private String format = SessionFormat.TALK.name();
    private final List<String> speakerIds = new ArrayList<>();

    /**
     * @param draft a session as stored.
     * @return its form.
     */
    static SessionForm of(SessionDraft draft) {
        SessionForm form = new SessionForm();
        form.id = draft.id();
        form.version = draft.version();
        form.editionId = String.valueOf(draft.editionId());
        form.title = draft.title();
        form.summary = draft.summary();
        form.day = draft.day() == null ? null : draft.day().toString();
        form.start = draft.start() == null ? null : draft.start().toString();
        form.end = draft.end() == null ? null : draft.end().toString();
        form.room = draft.room();
        form.trackId = draft.trackId() == null ? null : String.valueOf(draft.trackId());
        form.format = draft.format().name();
        draft.speakerIds().forEach(speaker -> form.speakerIds.add(String.valueOf(speaker)));
        return form;
    }

    /**
     * @param editionId the edition a new session belongs to.
     * @return an empty form.
     */
    static SessionForm blank(long editionId) {
        SessionForm form = new SessionForm();
        form.editionId = String.valueOf(editionId);
        return form;
    }

    /**
     * @param posted the request's parameters: text a stranger may have written; sizes are checked by the draft.
     * @return the form as typed.
     */
    static SessionForm read(Map<String, String[]> posted) {
        SessionForm form = new SessionForm();
        String id = first(posted, "id");
        if (id != null && id.matches("[0-9]{1,18}")) {
            form.id = Long.valueOf(id);
            form.version = number(first(posted, "version"));
        }
        form.editionId = first(posted, "editionId");
        form.title = first(posted, "title");
        form.summary = first(posted, "summary");
        form.day = first(posted, "day");
        form.start = first(posted, "start");
        form.end = first(posted, "end");
        form.room = first(posted, "room");
        form.trackId = first(posted, "trackId");
        String typedFormat = first(posted, "format");
        form.format = typedFormat != null && List.of(SessionFormat.values()).stream()
            .anyMatch(known -> known.name().equals(typedFormat)) ? typedFormat : SessionFormat.TALK.name();
        int slots = Math.max(0, Math.min(number(first(posted, "speakers")), MAX_SPEAKERS));
        for (int i = 0; i < slots; i++) {
            String speaker = first(posted, "speaker-" + i);
            if (speaker != null && speaker.matches("[0-9]{1,18}")) {
                form.speakerIds.add(speaker);
            }
        }
        return form;
    }

    /**
     * @param errors where the fields that cannot be read are told.
     * @param locale the user's locale.
     * @return the draft, or empty when a day, an hour or the edition cannot be read.
     */
    Optional<SessionDraft> toDraft(FieldErrors errors, Locale locale) {
        LocalDate typedDay = parse(day, LocalDate::parse, "day", errors, locale);
        LocalTime typedStart = parse(start, LocalTime::parse, "start", errors, locale);
        LocalTime typedEnd = parse(end, LocalTime::parse, "end", errors, locale);
        Long edition = editionId != null && editionId.matches("[0-9]{1,18}") ? Long.valueOf(editionId) : null;
        if (edition == null) {
            errors.add("editionId", AdminText.of(locale, "admin.session.edition.invalid"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        Long track = trackId != null && trackId.matches("[0-9]{1,18}") ? Long.valueOf(trackId) : null;
        return Optional.of(new SessionDraft(id, version, edition, title, summary, typedDay, typedStart, typedEnd, room,
            track, SessionFormat.valueOf(format), speakerIds.stream().map(Long::valueOf).distinct().toList()));
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser, String field,
        FieldErrors errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null; // "required" comes from the draft's own constraints
        }
        try {
            return parser.apply(text.strip());
        }
        catch (DateTimeParseException e) {
            errors.add(field, AdminText.of(locale, "day".equals(field) ? "admin.session.day.invalid"
                : "admin.session.time.invalid"));
            return null;
        }
    }

    /** One more empty speaker slot, up to {@value #MAX_SPEAKERS}. */
    void addSlot() {
        if (speakerIds.size() < MAX_SPEAKERS) {
            speakerIds.add("");
        }
    }

    /** @param newVersion the version to save over, after the editor chose to keep their version. */
    void overwrite(int newVersion) {
        version = newVersion;
    }

    /** @return the speaker slots: the speakers in order, then one empty slot to add one. */
    public List<String> getSlots() {
        List<String> slots = new ArrayList<>(speakerIds);
        if (slots.size() < MAX_SPEAKERS && (slots.isEmpty() || !slots.get(slots.size() - 1).isEmpty())) {
            slots.add("");
        }
        return slots;
    }

    private static String first(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the session, or {@code null} before its first save. */
    public Long getId() {
        return id;
    }

    /** @return the version the form was read at. */
    public int getVersion() {
        return version;
    }

    /** @return the edition or co-located day, as typed. */
    public String getEditionId() {
        return editionId;
    }

    /** @return the title. */
    public String getTitle() {
        return title;
    }

    /** @return the abstract. */
    public String getSummary() {
        return summary;
    }

    /** @return the day, as typed ({@code 2019-08-29}). */
    public String getDay() {
        return day;
    }

    /** @return the start, as typed ({@code 09:30}). */
    public String getStart() {
        return start;
    }

    /** @return the end, as typed. */
    public String getEnd() {
        return end;
    }

    /** @return the room. */
    public String getRoom() {
        return room;
    }

    /** @return the track, as typed. */
    public String getTrackId() {
        return trackId;
    }

    /** @return the format's name. */
    public String getFormat() {
        return format;
    }
}
