package org.ruralitic.faces.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.faces.api.Views.DayView;
import org.ruralitic.faces.api.Views.EditionList;
import org.ruralitic.faces.api.Views.EditionView;
import org.ruralitic.faces.api.Views.SessionView;
import org.ruralitic.faces.api.Views.SpeakerView;
import org.ruralitic.faces.api.Views.TierView;
import org.ruralitic.partner.PartnerService;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeService;

/**
 * {@code /ruralitic/api/v1/editions}: editions, and of each its programme (by day, by track), speakers and partners.
 *
 * @since 0.1
 */
@Path("v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EditionsResource {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Inject
    EditionService editions;

    @Inject
    ProgrammeService programme;

    @Inject
    PartnerService partners;

    @Context
    HttpHeaders headers;

    /** @return the main editions to come and past. */
    @GET
    public Response list() {
        return Json.ok(headers, new EditionList(editions.upcoming().stream().map(EditionView::brief).toList(),
            editions.past().stream().map(EditionView::brief).toList()));
    }

    /**
     * @param slug an edition.
     * @return the edition.
     */
    @GET
    @Path("{slug}")
    public Response edition(@PathParam("slug") String slug) {
        return Json.ok(headers, EditionView.of(find(slug)));
    }

    /**
     * @param slug an edition.
     * @param day only this day ({@code 2019-08-28}), optional.
     * @param track only this track (a theme code), optional.
     * @return the programme by day.
     */
    @GET
    @Path("{slug}/programme")
    public Response programme(@PathParam("slug") String slug, @QueryParam("day") String day,
        @QueryParam("track") String track) {
        LocalDate onlyDay = day(day);
        if (track != null && (track.length() > 40 || !CODE.matcher(track).matches())) {
            throw ApiException.badParameter("track", "a theme code such as 'agriculture'");
        }
        List<DayView> days = programme.byDay(find(slug)).stream()
            .filter(each -> onlyDay == null || each.day().equals(onlyDay))
            .map(each -> new DayView(each.day().toString(), sessions(each, track)))
            .filter(each -> !each.sessions().isEmpty()).toList();
        return Json.ok(headers, days);
    }

    /**
     * @param slug an edition.
     * @return its speakers, by name, with their bios.
     */
    @GET
    @Path("{slug}/speakers")
    public Response speakers(@PathParam("slug") String slug) {
        return Json.ok(headers, programme.speakersOf(find(slug)).stream()
            .map(speaker -> SpeakerView.of(speaker, true)).toList());
    }

    /**
     * @param slug an edition.
     * @return its partners by tier, tiers in rank order.
     */
    @GET
    @Path("{slug}/partners")
    public Response partners(@PathParam("slug") String slug) {
        return Json.ok(headers, partners.wallOf(find(slug)).stream().map(TierView::of).toList());
    }

    private Edition find(String slug) {
        if (slug == null || slug.length() > 80 || !CODE.matcher(slug).matches()) {
            throw ApiException.notFound("Edition '" + (slug == null ? "" : slug.replaceAll("[^a-z0-9-]", "?")) + "'");
        }
        return editions.findBySlug(slug).filter(found -> found.getStatus() != EditionStatus.DRAFT)
            .orElseThrow(() -> ApiException.notFound("Edition '" + slug + "'"));
    }

    private static List<SessionView> sessions(ProgrammeDay day, String track) {
        return day.sessions().stream()
            .filter(session -> track == null || session.getTrack() != null && session.getTrack().getCode().equals(track))
            .map(SessionView::of).toList();
    }

    private static LocalDate day(String day) {
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        }
        catch (DateTimeParseException e) {
            throw ApiException.badParameter("day", "a date such as 2019-08-28");
        }
    }
}
