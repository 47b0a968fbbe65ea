package org.ruralitic.faces.calendar;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Venue;
import org.ruralitic.faces.common.HttpCache;
import org.ruralitic.faces.common.Page;
import org.ruralitic.programme.ProgrammeService;
import org.ruralitic.programme.ProgrammeSession;

/**
 * Serves the calendar files:
 * <ul>
 * <li>{@code /ruralitic/calendar/<edition>.ics}: the edition and its co-located days;</li>
 * <li>{@code /ruralitic/calendar/<edition>/programme.ics[?track=<theme>]}: the programme, to subscribe to by URL
 * ({@code webcal://} works too);</li>
 * <li>{@code /ruralitic/calendar/<edition>/<session>.ics}: one session.</li>
 * </ul>
 * Anything else answers 404; nothing is ever echoed back.
 *
 * @since 0.1
 */
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern EDITION = Pattern.compile("^/" + SLUG + "\\.ics$");
    private static final Pattern SESSION = Pattern.compile("^/" + SLUG + "/" + SLUG + "\\.ics$");
    private static final Pattern TRACK = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final String PROGRAMME = "programme";

    @Inject
    transient EditionService editions;

    @Inject
    transient ProgrammeService programme;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        String origin = HttpCache.origin(request, settings.get(Page.BASE_URL).orElse(null));
        Optional<String> calendar = Optional.empty();
        Matcher edition = EDITION.matcher(path);
        Matcher session = SESSION.matcher(path);
        if (edition.matches()) {
            calendar = publicEdition(edition.group(1)).map(found -> editionCalendar(found, origin, request));
        }
        else if (session.matches()) {
            calendar = publicEdition(session.group(1)).flatMap(found -> PROGRAMME.equals(session.group(2))
                ? Optional.of(programmeCalendar(found, track(request), origin, request))
                : programme.findSession(found, session.group(2)).map(one -> sessionCalendar(one, origin, request)));
        }
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(ICalendarWriter.MEDIA_TYPE);
        HttpCache.send(request, response, calendar.get().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Edition> publicEdition(String slug) {
        return editions.findBySlug(slug).filter(found -> found.getStatus() != EditionStatus.DRAFT);
    }

    private static String track(HttpServletRequest request) {
        String track = request.getParameter("track");
        return track != null && track.length() <= 40 && TRACK.matcher(track).matches() ? track : null;
    }

    private String editionCalendar(Edition edition, String origin, HttpServletRequest request) {
        ICalendarWriter writer = new ICalendarWriter(edition.getName());
        Stream.concat(Stream.of(edition), editions.colocatedWith(edition).stream())
            .forEach(each -> writer.event(event(each, origin, request)));
        return writer.end();
    }

    private String programmeCalendar(Edition edition, String track, String origin, HttpServletRequest request) {
        ICalendarWriter writer = new ICalendarWriter(edition.getName() + (track == null ? "" : " – " + track));
        programme.sessionsOf(edition).stream()
            .filter(session -> track == null || session.getTrack() != null && session.getTrack().getCode().equals(track))
            .forEach(session -> writer.event(event(session, origin, request)));
        return writer.end();
    }

    private String sessionCalendar(ProgrammeSession session, String origin, HttpServletRequest request) {
        return new ICalendarWriter(session.getTitle()).event(event(session, origin, request)).end();
    }

    private static CalendarEvent event(Edition edition, String origin, HttpServletRequest request) {
        Venue venue = edition.getVenue();
        return new CalendarEvent(edition.getSlug() + "@" + host(origin), edition.start(), edition.end(),
            edition.getName() + (edition.getTagline() == null ? "" : " – " + edition.getTagline()),
            edition.getDescription(), address(venue), venue.getLatitude(), venue.getLongitude(),
            origin + request.getContextPath() + "/ruralitic/editions/" + edition.getSlug(), null,
            stamp(edition.getUpdatedAt()), edition.getVersion(), edition.getStatus() == EditionStatus.CANCELLED);
    }

    private static CalendarEvent event(ProgrammeSession session, String origin, HttpServletRequest request) {
        Edition edition = session.getEdition();
        Venue venue = edition.getVenue();
        String speakers = session.getSpeakers().stream().map(speaker -> speaker.getName()).collect(Collectors.joining(", "));
        String description = Stream.of(session.getSummary(), speakers.isEmpty() ? null : speakers)
            .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining("\n\n"));
        String room = session.getRoom() == null ? "" : session.getRoom() + ", ";
        return new CalendarEvent(edition.getSlug() + "." + session.getSlug() + "@" + host(origin), session.start(),
            session.end(), session.getTitle(), description, room + address(venue), venue.getLatitude(),
            venue.getLongitude(), origin + request.getContextPath() + "/ruralitic/programme/" + session.getSlug()
                + "?edition=" + edition.getSlug(),
            session.getTrack() == null ? null : session.getTrack().getLabel().getFrench(),
            stamp(session.getUpdatedAt() != null ? session.getUpdatedAt() : edition.getUpdatedAt()),
            session.getVersion(), edition.getStatus() == EditionStatus.CANCELLED);
    }

    private static String address(Venue venue) {
        return Stream.of(venue.getName(), venue.getStreet(),
            ((venue.getPostalCode() == null ? "" : venue.getPostalCode() + " ") + venue.getCity()).strip(),
            venue.countryName(Locale.FRENCH)).filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(", "));
    }

    private static Instant stamp(Instant updatedAt) {
        return updatedAt == null ? Instant.EPOCH : updatedAt;
    }

    private static String host(String origin) {
        return URI.create(origin).getHost();
    }

    /**
     * @param edition an edition.
     * @return the path of its programme calendar below the context, for links.
     */
    public static String programmePath(Edition edition) {
        return "/ruralitic/calendar/" + edition.getSlug() + "/" + PROGRAMME + ".ics";
    }
}
