package org.ruralitic.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.ruralitic.article.ArticleStatus;
import org.ruralitic.article.BlockKind;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.SocialNetwork;
import org.ruralitic.partner.LogoSize;
import org.ruralitic.programme.SessionFormat;

/**
 * The JSON content file: themes, speakers, partners, one edition with its programme and co-located days, articles.
 * Every part may be left out. Local date-times ({@code 2019-08-27T09:00}) are in the edition's zone; publication
 * dates carry their offset ({@code 2019-06-19T10:00:00+02:00}).
 * <p>
 * Since 0.3 a file may also hold a whole site, as {@link ContentExporter} writes it: {@code tiers}, several
 * {@code editions} each with its own partner wall ({@link EditionData#partners()}), and the images of the media
 * library ({@code media}), whose addresses the importer rewrites to the ones the images get in the new database.
 * A file of 0.1 (one {@code edition}, partners placed on its wall by their {@code tier}) reads as before.
 * <p>
 * A whole site also lists its conference {@code series}, and each edition names its own ({@link EditionData#series()});
 * an edition without one, as in every file written before series existed, belongs to the portal's main series.
 *
 * @param themes themes, created or relabelled by code.
 * @param speakers speakers, created unless their slug exists.
 * @param partners partners, created unless their slug exists; those with a {@code tier} are placed on the wall of
 *        {@code edition}.
 * @param edition the edition, created with its programme unless its slug exists.
 * @param articles articles, created unless their slug exists.
 * @param tiers partner tiers, created unless their code exists (since 0.3).
 * @param editions more editions, each created with its programme and wall unless its slug exists (since 0.3).
 * @param media images of the media library, stored unless the same bytes are there already (since 0.3).
 * @param series conference series, created unless their code exists; {@code null} in older files (since 0.3).
 * @since 0.1
 */
public record ContentFile(List<ThemeData> themes, List<SpeakerData> speakers, List<PartnerData> partners,
    EditionData edition, List<ArticleData> articles, List<TierData> tiers, List<EditionData> editions,
    List<MediaData> media, List<SeriesData> series) {

    /**
     * A conference series (since 0.3). The main one stands for the portal's main series wherever the file is
     * imported: editions of it go to the main series there, even if its code differs.
     *
     * @param code the stable code, the slug of its addresses.
     * @param name its name.
     * @param main whether it is the portal's main series.
     */
    public record SeriesData(String code, String name, boolean main) {
    }

    /**
     * A tier of partners (since 0.3).
     *
     * @param code the stable code.
     * @param fr the French label.
     * @param en the English label.
     * @param rank its place on walls, 1 first; unique.
     * @param logoSize the size of its logos.
     */
    public record TierData(String code, String fr, String en, int rank, LogoSize logoSize) {
    }

    /**
     * A partner on an edition's wall (since 0.3).
     *
     * @param partner the slug of the partner, declared in the file's {@code partners} or existing.
     * @param tier the code of its tier.
     * @param order its order within the tier.
     */
    public record SponsorshipData(String partner, String tier, int order) {
    }

    /**
     * An image of the media library (since 0.3). Addresses of the file that contain {@code path}'s last segment
     * after {@code /ruralitic/media/} are rewritten to the image's new address.
     *
     * @param path its address where the file was written: {@code /ruralitic/media/42-0123456789ab.png}.
     * @param fileName the name it had when uploaded.
     * @param altText its alternative text, empty for a decorative image.
     * @param decorative whether it is decorative.
     * @param uploadedBy who uploaded it.
     * @param uploadedAt when.
     * @param content its bytes, in Base64.
     */
    public record MediaData(String path, String fileName, String altText, boolean decorative, String uploadedBy,
        Instant uploadedAt, String content) {
    }

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
     * @param tier the code of its tier on the wall of the file's {@code edition}; {@code null} to place it on no
     *        wall (the walls of {@code editions} name their partners).
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
     * @param status its status; {@code null} for {@code PUBLISHED} (since 0.3).
     * @param partners its partner wall (since 0.3).
     * @param series the code of its series, declared in the file's {@code series} or existing; {@code null} for the
     *        portal's main series (since 0.3).
     */
    public record EditionData(String slug, String name, String tagline, LocalDateTime start, LocalDateTime end,
        String timeZone, String language, String description, String imageUrl, String organizerName,
        String organizerUrl, VenueData venue, List<String> themes, List<SocialLinkData> socialLinks,
        List<SessionData> sessions, List<EditionData> colocated, EditionStatus status,
        List<SponsorshipData> partners, String series) {
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
     * @param status {@code DRAFT}, {@code SUBMITTED}, {@code PUBLISHED}, {@code SCHEDULED} or {@code ARCHIVED}.
     * @param author the author.
     * @param interviewee the interviewee, for an interview.
     * @param intervieweeRole the interviewee's role.
     * @param language the language.
     * @param themes the codes of its themes.
     * @param edition the slug of the edition it is about.
     * @param imageUrl the main image.
     * @param imageAlt the main image's alternative text.
     * @param blocks the body.
     * @param imageWidth the main image's width in pixels, if known (since 0.3).
     * @param imageHeight the main image's height in pixels, if known (since 0.3).
     * @param redirects the slugs it had before, whose addresses lead to it (since 0.3).
     */
    public record ArticleData(String slug, String title, String lead, OffsetDateTime publishedAt, ArticleStatus status,
        String author, String interviewee, String intervieweeRole, String language, List<String> themes,
        String edition, String imageUrl, String imageAlt, List<BlockData> blocks, Integer imageWidth,
        Integer imageHeight, List<String> redirects) {
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
     * @param width the image's width in pixels, if known (since 0.3).
     * @param height the image's height in pixels, if known (since 0.3).
     */
    public record BlockData(BlockKind type, String text, String attribution, String question, String answer,
        String url, String alt, Integer width, Integer height) {
    }
}
