package org.ruralitic.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.Slug;
import org.ruralitic.common.WebAddress;
import org.ruralitic.common.Slugs;
import org.ruralitic.theme.Theme;

/**
 * An edition of the conference, such as RuraliTIC 2019, or a day co-located with one, such as the Smart Agri Forum
 * (an edition that is {@linkplain #getPartOf() part of} another).
 * <p>
 * Start and end are wall-clock times in the edition's zone, as organisers write them; {@link #start()} and
 * {@link #end()} give the instants. An edition belongs to a {@link Series}; one recorded without a series belongs to
 * the portal's main series.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_edition")
@NamedQuery(name = Edition.FIND_BY_SLUG, query = "SELECT e FROM Edition e WHERE e.slug = :slug")
@NamedQuery(name = Edition.FIND_UPCOMING, query = "SELECT e FROM Edition e LEFT JOIN e.series s"
    + " WHERE e.partOf IS NULL AND (s IS NULL OR s.main = TRUE)"
    + " AND e.status <> org.ruralitic.event.EditionStatus.DRAFT AND e.endLocal >= :now ORDER BY e.startLocal")
@NamedQuery(name = Edition.FIND_PAST, query = "SELECT e FROM Edition e LEFT JOIN e.series s"
    + " WHERE e.partOf IS NULL AND (s IS NULL OR s.main = TRUE)"
    + " AND e.status <> org.ruralitic.event.EditionStatus.DRAFT AND e.endLocal < :now ORDER BY e.startLocal DESC")
@NamedQuery(name = Edition.FIND_UPCOMING_IN, query = "SELECT e FROM Edition e WHERE e.partOf IS NULL"
    + " AND e.series = :series AND e.status <> org.ruralitic.event.EditionStatus.DRAFT AND e.endLocal >= :now"
    + " ORDER BY e.startLocal")
@NamedQuery(name = Edition.FIND_PAST_IN, query = "SELECT e FROM Edition e WHERE e.partOf IS NULL"
    + " AND e.series = :series AND e.status <> org.ruralitic.event.EditionStatus.DRAFT AND e.endLocal < :now"
    + " ORDER BY e.startLocal DESC")
@NamedQuery(name = Edition.FIND_COLOCATED, query = "SELECT e FROM Edition e WHERE e.partOf = :edition"
    + " AND e.status <> org.ruralitic.event.EditionStatus.DRAFT ORDER BY e.startLocal")
public class Edition extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the edition of parameter {@code slug}. */
    public static final String FIND_BY_SLUG = "Edition.findBySlug";
    /** Named query: shown main editions not yet over at parameter {@code now}, soonest first. */
    public static final String FIND_UPCOMING = "Edition.findUpcoming";
    /** Named query: shown main editions over at parameter {@code now}, latest first. */
    public static final String FIND_PAST = "Edition.findPast";
    /** Named query: shown main editions of parameter {@code series} not yet over at parameter {@code now}. */
    public static final String FIND_UPCOMING_IN = "Edition.findUpcomingIn";
    /** Named query: shown main editions of parameter {@code series} over at parameter {@code now}, latest first. */
    public static final String FIND_PAST_IN = "Edition.findPastIn";
    /** Named query: shown days co-located with parameter {@code edition}. */
    public static final String FIND_COLOCATED = "Edition.findColocated";

    @Slug
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 200)
    @Column(length = 200)
    private String tagline;

    @NotNull
    @Column(name = "start_local", nullable = false)
    private LocalDateTime startLocal;

    @NotNull
    @Column(name = "end_local", nullable = false)
    private LocalDateTime endLocal;

    @NotBlank
    @Size(max = 40)
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @NotBlank
    @Pattern(regexp = "^[a-z]{2}$", message = "{ruralitic.language.pattern}")
    @Column(nullable = false, length = 8)
    private String language;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @ImageAddress
    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Size(max = 200)
    @Column(name = "organizer_name", length = 200)
    private String organizerName;

    @WebAddress
    @Column(name = "organizer_url", length = 500)
    private String organizerUrl;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EditionStatus status = EditionStatus.DRAFT;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_of_id")
    private Edition partOf;

    // Null for editions recorded without a series (an import): they belong to the portal's main series.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private Series series;

    @Valid
    @NotNull
    @Embedded
    private Venue venue;

    @ManyToMany
    @JoinTable(name = "rt_edition_theme", joinColumns = @JoinColumn(name = "edition_id"),
        inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("code")
    private Set<Theme> themes = new LinkedHashSet<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "rt_social_link", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "link_order")
    private List<SocialLink> socialLinks = new ArrayList<>();

    protected Edition() {
    }

    /**
     * A draft edition; {@link #publish()} shows it.
     *
     * @param slug the slug of its URLs, such as {@code ruralitic-2019}.
     * @param name its name, such as "RuraliTIC 2019".
     * @param startLocal when it starts, in its zone.
     * @param endLocal when it ends, in its zone.
     * @param zone its zone, such as {@code Europe/Paris}.
     * @param venue where it takes place.
     * @param language the ISO 639-1 language of its texts, such as {@code fr}.
     */
    public Edition(String slug, String name, LocalDateTime startLocal, LocalDateTime endLocal, ZoneId zone, Venue venue,
        String language) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.name = Objects.requireNonNull(name, "name is required");
        this.startLocal = Objects.requireNonNull(startLocal, "start is required");
        this.endLocal = Objects.requireNonNull(endLocal, "end is required");
        this.timeZone = Objects.requireNonNull(zone, "zone is required").getId();
        this.venue = Objects.requireNonNull(venue, "venue is required");
        this.language = Objects.requireNonNull(language, "language is required");
    }

    /** @return whether the end does not precede the start. */
    @AssertTrue(message = "{ruralitic.edition.dates}")
    public boolean isEndAfterStart() {
        return startLocal == null || endLocal == null || !endLocal.isBefore(startLocal);
    }

    /**
     * @param tagline the tagline, such as "Le Smart Village".
     * @param description a short description.
     */
    public void describe(String tagline, String description) {
        this.tagline = tagline;
        this.description = description;
    }

    /**
     * @param name the organiser's name.
     * @param url the organiser's site, or {@code null}.
     */
    public void organisedBy(String name, String url) {
        this.organizerName = name;
        this.organizerUrl = url;
    }

    /**
     * @param imageUrl an image of the edition (absolute, or context-relative starting with {@code /}).
     */
    public void illustrate(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    /**
     * Makes this edition a day co-located with another.
     *
     * @param mainEdition the edition this one is part of.
     */
    public void attachTo(Edition mainEdition) {
        if (mainEdition == this || mainEdition.partOf != null) {
            throw new IllegalArgumentException("a co-located day attaches to a main edition");
        }
        this.partOf = mainEdition;
    }

    /**
     * Records when the edition last changed, for calendars and sitemaps.
     *
     * @param now the time of the change.
     */
    public void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now is required");
    }

    /** @return when it last changed, or {@code null} if never recorded. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Renames the edition and moves its addresses.
     *
     * @param slug the new slug of its URLs.
     * @param name the new name.
     */
    public void rename(String slug, String name) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.name = Objects.requireNonNull(name, "name is required");
    }

    /**
     * Moves the edition in time.
     *
     * @param startLocal when it starts, in its zone.
     * @param endLocal when it ends, in its zone.
     * @param zone its zone.
     */
    public void reschedule(LocalDateTime startLocal, LocalDateTime endLocal, ZoneId zone) {
        this.startLocal = Objects.requireNonNull(startLocal, "start is required");
        this.endLocal = Objects.requireNonNull(endLocal, "end is required");
        this.timeZone = Objects.requireNonNull(zone, "zone is required").getId();
    }

    /**
     * @param venue where it now takes place.
     */
    public void relocate(Venue venue) {
        this.venue = Objects.requireNonNull(venue, "venue is required");
    }

    /**
     * @param language the ISO 639-1 language of its texts.
     */
    public void writeIn(String language) {
        this.language = Objects.requireNonNull(language, "language is required");
    }

    /**
     * @param series the series it is an edition of, or {@code null} for the portal's main series.
     */
    public void belongTo(Series series) {
        this.series = series;
    }

    /** Makes a co-located day a main edition again. */
    public void detach() {
        this.partOf = null;
    }

    /**
     * @param themes the themes it now covers, replacing the others.
     */
    public void replaceThemes(Collection<Theme> themes) {
        this.themes.clear();
        themes.forEach(this::addTheme);
    }

    /**
     * @param links its social links now, in order, replacing the others.
     */
    public void replaceSocialLinks(List<SocialLink> links) {
        this.socialLinks.clear();
        links.forEach(this::addSocialLink);
    }

    /**
     * Starts the next edition from this one: a draft with its settings (series, texts, image, organiser, venue,
     * themes, social links), at the given dates, without its programme or partners.
     *
     * @param slug the next edition's slug.
     * @param name its name.
     * @param start when it starts, in this edition's zone.
     * @param end when it ends.
     * @return the next edition, not yet recorded.
     */
    public Edition followedBy(String slug, String name, LocalDateTime start, LocalDateTime end) {
        Edition next = new Edition(slug, name, start, end, zone(), venue, language);
        next.describe(tagline, description);
        next.organisedBy(organizerName, organizerUrl);
        next.illustrate(imageUrl);
        next.belongTo(series);
        next.replaceThemes(themes);
        next.replaceSocialLinks(socialLinks);
        return next;
    }

    /** Takes the edition back to a draft, hidden from visitors. */
    public void withdraw() {
        status = EditionStatus.DRAFT;
    }

    /** Shows the edition to visitors. */
    public void publish() {
        status = EditionStatus.PUBLISHED;
    }

    /** Marks the edition as cancelled; it stays visible. */
    public void cancel() {
        status = EditionStatus.CANCELLED;
    }

    /**
     * @param theme a theme the edition covers.
     */
    public void addTheme(Theme theme) {
        themes.add(Objects.requireNonNull(theme, "theme is required"));
    }

    /**
     * @param link a link to append to the social links.
     */
    public void addSocialLink(SocialLink link) {
        socialLinks.add(Objects.requireNonNull(link, "link is required"));
    }

    /** @return the zone of the edition. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** @return when it starts. */
    public ZonedDateTime start() {
        return startLocal.atZone(zone());
    }

    /** @return when it ends. */
    public ZonedDateTime end() {
        return endLocal.atZone(zone());
    }

    /** @return the days of the edition, in its zone, first to last. */
    public List<LocalDate> days() {
        return startLocal.toLocalDate().datesUntil(endLocal.toLocalDate().plusDays(1)).toList();
    }

    /** @return the slug of its URLs. */
    public String getSlug() {
        return slug;
    }

    /** @return its name. */
    public String getName() {
        return name;
    }

    /** @return its tagline, or {@code null}. */
    public String getTagline() {
        return tagline;
    }

    /** @return when it starts, in its zone. */
    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    /** @return when it ends, in its zone. */
    public LocalDateTime getEndLocal() {
        return endLocal;
    }

    /** @return the ISO 639-1 language of its texts. */
    public String getLanguage() {
        return language;
    }

    /** @return its description, or {@code null}. */
    public String getDescription() {
        return description;
    }

    /** @return its image, or {@code null}. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** @return the organiser's name, or {@code null}. */
    public String getOrganizerName() {
        return organizerName;
    }

    /** @return the organiser's site, or {@code null}. */
    public String getOrganizerUrl() {
        return organizerUrl;
    }

    /** @return where it stands. */
    public EditionStatus getStatus() {
        return status;
    }

    /** @return the main edition of a co-located day, {@code null} for a main edition. */
    public Edition getPartOf() {
        return partOf;
    }

    /** @return its series, or {@code null} for the portal's main series. */
    public Series getSeries() {
        return series;
    }

    /** @return where it takes place. */
    public Venue getVenue() {
        return venue;
    }

    /** @return the themes it covers, by code. */
    public Set<Theme> getThemes() {
        return Theme.byCode(themes);
    }

    /** @return its social links, in order. */
    public List<SocialLink> getSocialLinks() {
        return Collections.unmodifiableList(socialLinks);
    }

    @Override
    public String toString() {
        return slug;
    }
}
