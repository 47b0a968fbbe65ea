package org.ruralitic.faces.event;

import static org.ruralitic.faces.common.JsonLd.optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Venue;
import org.ruralitic.faces.common.JsonLd;
import org.ruralitic.faces.common.Page;

/**
 * The schema.org {@code Event} of an edition, with its co-located days as {@code subEvent}s, for search engines.
 *
 * @since 0.1
 */
@Named("rtEventJsonLd")
@ApplicationScoped
public class EventJsonLd {

    @Inject
    EditionPage editionPage;

    @Inject
    Page page;

    /**
     * @param edition an edition.
     * @return its JSON-LD, safe inside a script element.
     */
    public String of(Edition edition) {
        JsonObjectBuilder event = event(edition).add("@context", "https://schema.org");
        optional(event, "url", page.getCanonical());
        JsonArrayBuilder subEvents = JsonLd.array();
        editionPage.getColocated().forEach(day -> subEvents.add(event(day)));
        if (!editionPage.getColocated().isEmpty()) {
            event.add("subEvent", subEvents);
        }
        return JsonLd.script(event.build());
    }

    private JsonObjectBuilder event(Edition edition) {
        JsonObjectBuilder event = JsonLd.object().add("@type", "Event").add("name", edition.getName())
            .add("startDate", edition.start().toOffsetDateTime().toString())
            .add("endDate", edition.end().toOffsetDateTime().toString())
            .add("eventStatus", edition.getStatus() == EditionStatus.CANCELLED ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled")
            .add("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
            .add("inLanguage", edition.getLanguage())
            .add("location", place(edition.getVenue()));
        optional(event, "description", edition.getDescription());
        optional(event, "image", page.absolute(edition.getImageUrl()));
        if (edition.getOrganizerName() != null) {
            event.add("organizer", optional(JsonLd.object().add("@type", "Organization")
                .add("name", edition.getOrganizerName()), "url", edition.getOrganizerUrl()));
        }
        return event;
    }

    private static JsonObjectBuilder place(Venue venue) {
        JsonObjectBuilder address = JsonLd.object().add("@type", "PostalAddress")
            .add("addressLocality", venue.getCity()).add("addressCountry", venue.getCountry());
        optional(address, "streetAddress", venue.getStreet());
        optional(address, "postalCode", venue.getPostalCode());
        optional(address, "addressRegion", venue.getRegion());
        JsonObjectBuilder place = JsonLd.object().add("@type", "Place").add("name", venue.getName())
            .add("address", address);
        if (venue.getLatitude() != null && venue.getLongitude() != null) {
            place.add("geo", JsonLd.object().add("@type", "GeoCoordinates")
                .add("latitude", venue.getLatitude()).add("longitude", venue.getLongitude()));
        }
        return place;
    }
}
