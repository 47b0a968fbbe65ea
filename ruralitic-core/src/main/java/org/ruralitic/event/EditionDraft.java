package org.ruralitic.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.WebAddress;
import org.ruralitic.theme.Theme;

/**
 * What the edition form holds: a new edition ({@code id} {@code null}) or a change to one at {@code version}. Dates
 * and times are wall-clock, in the edition's zone; a blank slug is made from the name.
 *
 * <h2>Usage</h2>
 * <pre>
 * EditionDraft draft = editing.draft(actor, id);
 * Edition saved = editing.save(actor, draft.withTagline("Le village connecté"));
 * </pre>
 *
 * @param id the edition, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param seriesId its series, or {@code null} for the main one.
 * @param partOfId the main edition of a co-located day, or {@code null} for a main edition.
 * @param slug the slug of its addresses, or blank to make one from the name.
 * @param name its name.
 * @param tagline its tagline, or {@code null}.
 * @param startDay its first day.
 * @param startTime when it starts that day.
 * @param endDay its last day.
 * @param endTime when it ends that day.
 * @param timeZone its zone, such as {@code Europe/Paris}.
 * @param language the ISO 639-1 language of its texts.
 * @param status where it stands.
 * @param description its description, or {@code null}.
 * @param imageUrl its image, or {@code null}.
 * @param organizerName its organiser, or {@code null}.
 * @param organizerUrl its organiser's site, or {@code null}.
 * @param venueName the name of its venue.
 * @param venueStreet the street address.
 * @param venuePostalCode the postal code.
 * @param venueCity the city.
 * @param venueDepartment the département.
 * @param venueRegion the region.
 * @param venueCountry the ISO 3166 alpha-2 country code.
 * @param latitude the WGS 84 latitude, or {@code null}.
 * @param longitude the WGS 84 longitude, or {@code null}.
 * @param themeIds the themes it covers (its tracks).
 * @param socialLinks its social links, in order.
 * @since 0.3
 */
public record EditionDraft(Long id, int version, Long seriesId, Long partOfId,
    @Size(max = 80, message = "{ruralitic.edition.slug.size}") String slug,
    @NotBlank(message = "{ruralitic.edition.name.required}") @Size(max = 200,
        message = "{ruralitic.edition.name.size}") String name,
    @Size(max = 200, message = "{ruralitic.edition.tagline.size}") String tagline,
    @NotNull(message = "{ruralitic.edition.day.required}") LocalDate startDay,
    @NotNull(message = "{ruralitic.edition.time.required}") LocalTime startTime,
    @NotNull(message = "{ruralitic.edition.day.required}") LocalDate endDay,
    @NotNull(message = "{ruralitic.edition.time.required}") LocalTime endTime,
    @NotBlank(message = "{ruralitic.edition.zone}") String timeZone,
    @NotBlank(message = "{ruralitic.language.pattern}") @Pattern(regexp = "^[a-z]{2}$",
        message = "{ruralitic.language.pattern}") String language,
    @NotNull EditionStatus status,
    @Size(max = 4000, message = "{ruralitic.edition.description.size}") String description,
    @ImageAddress String imageUrl,
    @Size(max = 200, message = "{ruralitic.edition.organizer.size}") String organizerName,
    @WebAddress String organizerUrl,
    @NotBlank(message = "{ruralitic.edition.venue.required}") @Size(max = 200,
        message = "{ruralitic.edition.venue.size}") String venueName,
    @Size(max = 200, message = "{ruralitic.edition.venue.size}") String venueStreet,
    @Size(max = 20, message = "{ruralitic.edition.postalCode.size}") String venuePostalCode,
    @NotBlank(message = "{ruralitic.edition.city.required}") @Size(max = 120,
        message = "{ruralitic.edition.venue.size}") String venueCity,
    @Size(max = 120, message = "{ruralitic.edition.venue.size}") String venueDepartment,
    @Size(max = 120, message = "{ruralitic.edition.venue.size}") String venueRegion,
    @NotBlank(message = "{ruralitic.country.pattern}") @Pattern(regexp = "^[A-Z]{2}$",
        message = "{ruralitic.country.pattern}") String venueCountry,
    @DecimalMin(value = "-90", message = "{ruralitic.edition.latitude}") @DecimalMax(value = "90",
        message = "{ruralitic.edition.latitude}") Double latitude,
    @DecimalMin(value = "-180", message = "{ruralitic.edition.longitude}") @DecimalMax(value = "180",
        message = "{ruralitic.edition.longitude}") Double longitude,
    List<Long> themeIds, @Valid @Size(max = 20) List<SocialLink> socialLinks) {

    /** Defensive copies of the lists. */
    public EditionDraft {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        socialLinks = socialLinks == null ? List.of() : List.copyOf(socialLinks);
    }

    /** @return whether the end does not precede the start (both in the edition's zone). */
    @AssertTrue(message = "{ruralitic.edition.end.beforeStart}")
    public boolean isEndAfterStart() {
        return startDay == null || startTime == null || endDay == null || endTime == null
            || !endLocal().isBefore(startLocal());
    }

    /** @return whether the zone is one the JVM knows, such as {@code Europe/Paris}. */
    @AssertTrue(message = "{ruralitic.edition.zone}")
    public boolean isZoneKnown() {
        return timeZone == null || timeZone.isBlank() || zone() != null;
    }

    /** @return the zone, or {@code null} when unknown. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone.strip());
        }
        catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    /** @return when it starts, in its zone. */
    public LocalDateTime startLocal() {
        return startDay.atTime(startTime);
    }

    /** @return when it ends, in its zone. */
    public LocalDateTime endLocal() {
        return endDay.atTime(endTime);
    }

    /**
     * @param edition an edition, with its themes and social links loaded.
     * @return the draft of its current state, for the form.
     */
    public static EditionDraft of(Edition edition) {
        Venue venue = edition.getVenue();
        return new EditionDraft(edition.getId(), edition.getVersion(),
            edition.getSeries() == null ? null : edition.getSeries().getId(),
            edition.getPartOf() == null ? null : edition.getPartOf().getId(), edition.getSlug(), edition.getName(),
            edition.getTagline(), edition.getStartLocal().toLocalDate(), edition.getStartLocal().toLocalTime(),
            edition.getEndLocal().toLocalDate(), edition.getEndLocal().toLocalTime(), edition.zone().getId(),
            edition.getLanguage(), edition.getStatus(), edition.getDescription(), edition.getImageUrl(),
            edition.getOrganizerName(), edition.getOrganizerUrl(), venue.getName(), venue.getStreet(),
            venue.getPostalCode(), venue.getCity(), venue.getDepartment(), venue.getRegion(), venue.getCountry(),
            venue.getLatitude(), venue.getLongitude(), edition.getThemes().stream().map(Theme::getId).toList(),
            edition.getSocialLinks());
    }

    /**
     * @param seriesId the series of a new edition, or {@code null} for the main one.
     * @return the draft of a new edition: a draft in Paris, in French, in France, starting at 9:00 and ending at 17:30.
     */
    public static EditionDraft blank(Long seriesId) {
        return new EditionDraft(null, 0, seriesId, null, null, null, null, null, LocalTime.of(9, 0), null,
            LocalTime.of(17, 30), "Europe/Paris", "fr", EditionStatus.DRAFT, null, null, null, null, null, null, null,
            null, null, null, "FR", null, null, List.of(), List.of());
    }

    /**
     * @param newTagline a tagline.
     * @return this draft with that tagline.
     */
    public EditionDraft withTagline(String newTagline) {
        return new EditionDraft(id, version, seriesId, partOfId, slug, name, newTagline, startDay, startTime, endDay,
            endTime, timeZone, language, status, description, imageUrl, organizerName, organizerUrl, venueName,
            venueStreet, venuePostalCode, venueCity, venueDepartment, venueRegion, venueCountry, latitude, longitude,
            themeIds, socialLinks);
    }

    /**
     * @param newEndDay a last day.
     * @return this draft ending that day.
     */
    public EditionDraft withEndDay(LocalDate newEndDay) {
        return new EditionDraft(id, version, seriesId, partOfId, slug, name, tagline, startDay, startTime, newEndDay,
            endTime, timeZone, language, status, description, imageUrl, organizerName, organizerUrl, venueName,
            venueStreet, venuePostalCode, venueCity, venueDepartment, venueRegion, venueCountry, latitude, longitude,
            themeIds, socialLinks);
    }
}
