package org.ruralitic.content;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.ruralitic.article.ArticleStatus;
import org.ruralitic.article.BlockKind;
import org.ruralitic.event.SocialNetwork;
import org.ruralitic.programme.SessionFormat;

/**
 * The JSON content file: themes, speakers, partners, one edition with its programme and co-located days, articles.
 * Every part may be left out. Local date-times ({@code 2019-08-27T09:00}) are in the edition's zone; publication
 * dates carry their offset ({@code 2019-06-19T10:00:00+02:00}).
 *
 * @param themes themes, created or relabelled by code.
 * @param speakers speakers, created unless their slug exists.
 * @param partners partners, created unless their slug exists, and placed on the edition's wall.
 * @param edition the edition, created with its programme unless its slug exists.
 * @param articles articles, created unless their slug exists.
 * @since 0.1
 */
public record ContentFile(List<ThemeData> themes, List<SpeakerData> speakers, List<PartnerData> partners,
    EditionData edition, List<ArticleData> articles) {

    /**
     * @param code the stable code.
     * @param fr the French label.
     * @param en the English label.
     */
    public record ThemeData(String code, String fr, String en) {
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param role the role.
     * @param organisation the organisation.
     * @param bio the biography.
     * @param photoUrl the portrait.
     */
    public record SpeakerData(String slug, String name, String role, String organisation, String bio, String photoUrl) {
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param website the partner's site.
     * @param logoUrl the logo.
     * @param logoAlt the logo's alternative text.
     * @param description a sentence about the partner.
     * @param tier the code of its tier on the edition's wall.
     * @param order its order within the tier.
     */
    public record PartnerData(String slug, String name, String website, String logoUrl, String logoAlt,
        String description, String tier, int order) {
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param tagline the tagline.
     * @param start the start, local to {@code timeZone}.
     * @param end the end, local to {@code timeZone}.
     * @param timeZone the zone, such as {@code Europe/Paris}.
     * @param language the language of its texts.
     * @param description the description.
     * @param imageUrl an image.
     * @param organizerName the organiser's name.
     * @param organizerUrl the organiser's site.
     * @param venue the venue.
     * @param themes the codes of its themes.
     * @param socialLinks its social links.
     * @param sessions its programme.
     * @param colocated the days co-located with it (not nested further).
     */
    public record EditionData(String slug, String name, String tagline, LocalDateTime start, LocalDateTime end,
        String timeZone, String language, String description, String imageUrl, String organizerName,
        String organizerUrl, VenueData venue, List<String> themes, List<SocialLinkData> socialLinks,
        List<SessionData> sessions, List<EditionData> colocated) {
    }

    /**
     * @param name the name of the place.
     * @param street the street address.
     * @param postalCode the postal code.
     * @param city the city.
     * @param department the département.
     * @param region the region.
     * @param country the ISO 3166 alpha-2 country code.
     * @param latitude the latitude.
     * @param longitude the longitude.
     */
    public record VenueData(String name, String street, String postalCode, String city, String department,
        String region, String country, Double latitude, Double longitude) {
    }

    /**
     * @param network the network.
     * @param url the address of the account.
     */
    public record SocialLinkData(SocialNetwork network, String url) {
    }

    /**
     * @param slug the slug, unique within the edition.
     * @param title the title.
     * @param summary the abstract.
     * @param start the start, local to the edition's zone.
     * @param end the end, local to the edition's zone.
     * @param room the room.
     * @param track the code of its track (a theme).
     * @param format the format.
     * @param speakers the slugs of its speakers, in order.
     */
    public record SessionData(String slug, String title, String summary, LocalDateTime start, LocalDateTime end,
        String room, String track, SessionFormat format, List<String> speakers) {
    }

    /**
     * @param slug the slug.
     * @param title the title.
     * @param lead the lead.
     * @param publishedAt the publication date-time, with its offset.
     * @param status {@code DRAFT}, {@code PUBLISHED}, {@code SCHEDULED} or {@code ARCHIVED}.
     * @param author the author.
     * @param interviewee the interviewee, for an interview.
     * @param intervieweeRole the interviewee's role.
     * @param language the language.
     * @param themes the codes of its themes.
     * @param edition the slug of the edition it is about.
     * @param imageUrl the main image.
     * @param imageAlt the main image's alternative text.
     * @param blocks the body.
     */
    public record ArticleData(String slug, String title, String lead, OffsetDateTime publishedAt, ArticleStatus status,
        String author, String interviewee, String intervieweeRole, String language, List<String> themes,
        String edition, String imageUrl, String imageAlt, List<BlockData> blocks) {
    }

    /**
     * A block: {@code PARAGRAPH}/{@code HEADING} use {@code text}; {@code QUOTATION} {@code text} and
     * {@code attribution}; {@code QUESTION_ANSWER} {@code question} and {@code answer}; {@code IMAGE} {@code url},
     * {@code alt} and {@code text} as caption.
     *
     * @param type the kind of block.
     * @param text the text.
     * @param attribution the attribution of a quotation.
     * @param question the question.
     * @param answer the answer.
     * @param url the image.
     * @param alt the image's alternative text.
     */
    public record BlockData(BlockKind type, String text, String attribution, String question, String answer,
        String url, String alt) {
    }
}
