package org.ruralitic.faces.api;

import java.time.ZoneId;
import java.util.List;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.event.Edition;
import org.ruralitic.event.Venue;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.TierGroup;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;
import org.ruralitic.text.Markdown;
import org.ruralitic.theme.Theme;

/**
 * The JSON shapes of the API, version 1, and how they are made from the domain. Dates are ISO-8601 strings with
 * their offset; absent values are left out.
 *
 * @since 0.1
 */
public final class Views {

    private Views() {
    }

    /**
     * @param code a stable code.
     * @param fr its French label.
     * @param en its English label.
     */
    public record Label(String code, String fr, String en) {
        static Label of(String code, LocalizedLabel label) {
            return new Label(code, label.getFrench(), label.getEnglish());
        }

        static Label of(Theme theme) {
            return theme == null ? null : of(theme.getCode(), theme.getLabel());
        }
    }

    /**
     * @param name the place.
     * @param street the street address.
     * @param postalCode the postal code.
     * @param city the city.
     * @param department the département.
     * @param region the region.
     * @param country the ISO country code.
     * @param latitude the latitude.
     * @param longitude the longitude.
     */
    public record VenueView(String name, String street, String postalCode, String city, String department,
        String region, String country, Double latitude, Double longitude) {
        static VenueView of(Venue venue) {
            return new VenueView(venue.getName(), venue.getStreet(), venue.getPostalCode(), venue.getCity(),
                venue.getDepartment(), venue.getRegion(), venue.getCountry(), venue.getLatitude(), venue.getLongitude());
        }
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param tagline the tagline.
     * @param start the start, with offset.
     * @param end the end, with offset.
     * @param timeZone the zone.
     * @param status the status.
     * @param partOf the slug of the main edition of a co-located day.
     * @param description the description.
     * @param venue the venue.
     * @param themes the themes.
     * @param socialLinks the social links.
     */
    public record EditionView(String slug, String name, String tagline, String start, String end, String timeZone,
        String status, String partOf, String description, VenueView venue, List<Label> themes,
        List<SocialLinkView> socialLinks) {
        static EditionView of(Edition edition) {
            return new EditionView(edition.getSlug(), edition.getName(), edition.getTagline(),
                edition.start().toOffsetDateTime().toString(), edition.end().toOffsetDateTime().toString(),
                edition.zone().getId(), edition.getStatus().name(),
                edition.getPartOf() == null ? null : edition.getPartOf().getSlug(), edition.getDescription(),
                VenueView.of(edition.getVenue()), edition.getThemes().stream().map(Label::of).toList(),
                edition.getSocialLinks().stream().map(link -> new SocialLinkView(link.getNetwork().name(), link.getUrl()))
                    .toList());
        }

        static EditionView brief(Edition edition) {
            return new EditionView(edition.getSlug(), edition.getName(), edition.getTagline(),
                edition.start().toOffsetDateTime().toString(), edition.end().toOffsetDateTime().toString(),
                edition.zone().getId(), edition.getStatus().name(), null, null, VenueView.of(edition.getVenue()),
                null, null);
        }
    }

    /**
     * @param network the network.
     * @param url the address of the account.
     */
    public record SocialLinkView(String network, String url) {
    }

    /**
     * @param upcoming the main editions to come, soonest first.
     * @param past the main editions that are over, latest first.
     */
    public record EditionList(List<EditionView> upcoming, List<EditionView> past) {
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param role the role.
     * @param organisation the organisation.
     * @param bio the biography, in the speakers list only.
     * @param photoUrl the portrait.
     */
    public record SpeakerView(String slug, String name, String role, String organisation, String bio, String photoUrl) {
        static SpeakerView of(Speaker speaker, boolean withBio) {
            return new SpeakerView(speaker.getSlug(), speaker.getName(), speaker.getRole(), speaker.getOrganisation(),
                withBio ? speaker.getBio() : null, speaker.getPhotoUrl());
        }
    }

    /**
     * @param slug the slug.
     * @param edition the slug of its edition (the main one or a co-located day).
     * @param title the title.
     * @param summary the abstract.
     * @param start the start, with offset.
     * @param end the end, with offset.
     * @param room the room.
     * @param track the track.
     * @param format the format.
     * @param speakers the speakers, in order.
     */
    public record SessionView(String slug, String edition, String title, String summary, String start, String end,
        String room, Label track, String format, List<SpeakerView> speakers) {
        static SessionView of(ProgrammeSession session) {
            ZoneId zone = session.getEdition().zone();
            return new SessionView(session.getSlug(), session.getEdition().getSlug(), session.getTitle(),
                session.getSummary(), session.getStartLocal().atZone(zone).toOffsetDateTime().toString(),
                session.getEndLocal().atZone(zone).toOffsetDateTime().toString(), session.getRoom(),
                Label.of(session.getTrack()), session.getFormat().name(),
                session.getSpeakers().stream().map(speaker -> SpeakerView.of(speaker, false)).toList());
        }
    }

    /**
     * @param day the day, in the edition's zone.
     * @param sessions its sessions by start time.
     */
    public record DayView(String day, List<SessionView> sessions) {
    }

    /**
     * @param slug the slug.
     * @param name the name.
     * @param website the site.
     * @param logoUrl the logo.
     * @param logoAlt the logo's alternative text.
     * @param description the description.
     */
    public record PartnerView(String slug, String name, String website, String logoUrl, String logoAlt,
        String description) {
        static PartnerView of(Partner partner) {
            return new PartnerView(partner.getSlug(), partner.getName(), partner.getWebsiteUrl(), partner.getLogoUrl(),
                partner.getLogoAlt(), partner.getDescription());
        }
    }

    /**
     * @param tier the tier.
     * @param rank its rank, 1 first.
     * @param logoSize the size of its logos.
     * @param partners its partners in display order.
     */
    public record TierView(Label tier, int rank, String logoSize, List<PartnerView> partners) {
        static TierView of(TierGroup group) {
            return new TierView(Label.of(group.tier().getCode(), group.tier().getLabel()), group.tier().getRank(),
                group.tier().getLogoSize().name(), group.partners().stream().map(PartnerView::of).toList());
        }
    }

    /**
     * @param slug the slug.
     * @param title the title.
     * @param lead the lead.
     * @param language the language.
     * @param publishedAt when it was published, with offset.
     * @param updatedAt when it last changed, with offset.
     * @param author the author.
     * @param interviewee the interviewee.
     * @param themes the themes.
     * @param blocks the body, in the article only.
     */
    public record ArticleView(String slug, String title, String lead, String language, String publishedAt,
        String updatedAt, String author, String interviewee, List<Label> themes, List<BlockView> blocks) {
        static ArticleView of(Article article, ZoneId zone, boolean withBody) {
            return new ArticleView(article.getSlug(), article.getTitle(), article.getLead(), article.getLanguage(),
                article.getPublishedAt().atZone(zone).toOffsetDateTime().toString(),
                article.getUpdatedAt().atZone(zone).toOffsetDateTime().toString(), article.getAuthor(),
                article.getInterviewee(), article.getThemes().stream().map(Label::of).toList(),
                withBody ? article.getBlocks().stream().map(BlockView::of).toList() : null);
        }
    }

    /**
     * @param type the kind of block.
     * @param text its text (paragraph, heading, quotation, question, caption).
     * @param answer the answer of a question.
     * @param attribution the attribution of a quotation.
     * @param imageUrl the image.
     * @param imageAlt the image's alternative text.
     * @param html the formatted text rendered as HTML (allow-listed elements only, see {@link Markdown}): of
     *        {@code text} for a paragraph or quotation, of {@code answer} for a question; absent for headings and
     *        images, whose texts are plain.
     */
    public record BlockView(String type, String text, String answer, String attribution, String imageUrl,
        String imageAlt, String html) {
        static BlockView of(ArticleBlock block) {
            String html = switch (block.getKind()) {
                case PARAGRAPH, QUOTATION -> Markdown.toHtml(block.getText());
                case QUESTION_ANSWER -> Markdown.toHtml(block.getAnswer());
                case HEADING, IMAGE -> null;
            };
            return new BlockView(block.getKind().name(), block.getText(), block.getAnswer(), block.getAttribution(),
                block.getImageUrl(), block.getImageAlt(), html);
        }
    }

    /**
     * @param <T> the items' type.
     * @param items the items of the page.
     * @param page the page number, from 1.
     * @param size the page size.
     * @param total the number of items on all pages.
     * @param pages the number of pages.
     */
    public record PageView<T>(List<T> items, int page, int size, long total, int pages) {
    }
}
