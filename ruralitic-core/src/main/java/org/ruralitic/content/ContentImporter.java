package org.ruralitic.content;

import java.io.Reader;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.ArticleStatus;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.content.ContentFile.ArticleData;
import org.ruralitic.content.ContentFile.BlockData;
import org.ruralitic.content.ContentFile.EditionData;
import org.ruralitic.content.ContentFile.MediaData;
import org.ruralitic.content.ContentFile.PartnerData;
import org.ruralitic.content.ContentFile.SeriesData;
import org.ruralitic.content.ContentFile.SessionData;
import org.ruralitic.content.ContentFile.SpeakerData;
import org.ruralitic.content.ContentFile.SponsorshipData;
import org.ruralitic.content.ContentFile.ThemeData;
import org.ruralitic.content.ContentFile.TierData;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Series;
import org.ruralitic.event.SocialLink;
import org.ruralitic.event.Venue;
import org.ruralitic.media.MediaException;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.PartnerService;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.Sponsorship;
import org.ruralitic.programme.ProgrammeService;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * Imports a {@link ContentFile} through the public services, in one transaction: all of it or nothing.
 * <p>
 * Importing the same file twice is harmless: an edition, speaker, partner or article whose slug exists is left as it
 * is. Entities are validated as they are saved; a bad item fails the import with its name in the message.
 * <p>
 * The file's conference series are created before its editions, unless their code exists; its main series stands for
 * this portal's main one. Each edition goes to the series it names, or to the main series when it names none (as in
 * every file written before series existed).
 * <p>
 * A file written by {@link ContentExporter} holds the images of the media library: they are stored first (an image
 * whose bytes are there already is reused), and every address of the file that names one of them
 * ({@code /ruralitic/media/42-0123456789ab.png}, in a URL field or inside a text) is rewritten to the address the
 * image has in this database. Without a {@link MediaService} (the constructor of 0.1) a file with images is refused.
 *
 * <h2>Usage</h2>
 * <pre>
 * try (Reader json = Files.newBufferedReader(path)) {
 *     ImportReport report = importer.importContent(json);
 * }
 * </pre>
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class ContentImporter {

    // Unknown keys are refused, so that a misspelt key is an error rather than a silently missing field.
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
        .setProperty("jsonb.fail-on-unknown-properties", true));

    private static final Pattern MEDIA_ADDRESS = Pattern.compile(Pattern.quote(MediaItem.PREFIX)
        + "([0-9]+-[0-9a-f]{" + MediaItem.DIGEST_IN_PATH + "}\\.[a-z0-9]+)");

    private ThemeService themes;
    private EditionService editions;
    private ProgrammeService programme;
    private PartnerService partners;
    private ArticleService articles;
    private MediaService media;
    private Clock clock;

    /** For CDI. */
    protected ContentImporter() {
    }

    /**
     * An importer of files without images.
     *
     * @param themes the theme service.
     * @param editions the edition service.
     * @param programme the programme service.
     * @param partners the partner service.
     * @param articles the article service.
     * @param clock the clock that says which articles are published yet.
     */
    public ContentImporter(ThemeService themes, EditionService editions, ProgrammeService programme,
        PartnerService partners, ArticleService articles, Clock clock) {
        this(themes, editions, programme, partners, articles, null, clock);
    }

    /**
     * @param themes the theme service.
     * @param editions the edition service.
     * @param programme the programme service.
     * @param partners the partner service.
     * @param articles the article service.
     * @param media the media library, which stores the file's images.
     * @param clock the clock that says which articles are published yet.
     * @since 0.3
     */
    @Inject
    public ContentImporter(ThemeService themes, EditionService editions, ProgrammeService programme,
        PartnerService partners, ArticleService articles, MediaService media, @Ruralitic Clock clock) {
        this.themes = themes;
        this.editions = editions;
        this.programme = programme;
        this.partners = partners;
        this.articles = articles;
        this.media = media;
        this.clock = clock;
    }

    /**
     * @param json the content file.
     * @return what was created.
     * @throws ContentException when the file is not valid JSON of the {@link ContentFile} shape, or an item is
     *         invalid; nothing is imported then.
     */
    public ImportReport importContent(Reader json) {
        return importContent(parse(json));
    }

    /**
     * @param content the content.
     * @return what was created.
     * @throws ContentException when an item is invalid; nothing is imported then.
     */
    public ImportReport importContent(ContentFile content) {
        Counter count = new Counter();
        ContentFile file = list(content.media()).isEmpty() ? content : readdressed(content, storeMedia(content, count));

        for (TierData tier : list(file.tiers())) {
            guard("tier " + tier.code(), () -> partners.defineTier(new PartnerTier(tier.code(),
                new LocalizedLabel(tier.fr(), tier.en()), tier.rank(), tier.logoSize())));
        }
        Map<String, Theme> themesByCode = new HashMap<>();
        for (ThemeData theme : list(file.themes())) {
            themesByCode.put(theme.code(), themes.define(theme.code(), new LocalizedLabel(theme.fr(), theme.en())));
        }
        Function<String, Theme> theme = code -> themesByCode.computeIfAbsent(code, this::existingTheme);

        Map<String, Speaker> speakers = new HashMap<>();
        for (SpeakerData data : list(file.speakers())) {
            speakers.put(data.slug(), guard("speaker " + data.slug(), () -> speaker(data, count)));
        }
        Function<String, Speaker> speaker = slug -> speakers.computeIfAbsent(slug, this::existingSpeaker);

        Map<String, Series> seriesByCode = new HashMap<>();
        for (SeriesData data : list(file.series())) {
            seriesByCode.put(data.code(), guard("series " + data.code(), () -> series(data)));
        }
        Function<String, Series> series = code -> code == null ? null
            : seriesByCode.computeIfAbsent(code, this::existingSeries);

        Map<String, Edition> editionsBySlug = new HashMap<>();
        Map<String, Partner> partnersBySlug = new HashMap<>();
        if (file.edition() != null) {
            EditionData data = file.edition();
            Optional<Edition> existing = editions.findBySlug(data.slug());
            Edition created = existing.orElseGet(() -> createEdition(data, null, theme, speaker, series, count));
            if (existing.isEmpty()) {
                // A file of 0.1: its partners are placed on the wall of its edition by their tier.
                for (PartnerData partner : list(file.partners())) {
                    Partner defined = guard("partner " + partner.slug(), () -> existingOrNew(partner));
                    partnersBySlug.put(partner.slug(), defined);
                    if (partner.tier() != null) {
                        guard("partner " + partner.slug(), () -> sponsor(defined, partner.tier(), partner.order(),
                            created));
                        count.partners++;
                    }
                }
            }
            editionsBySlug.put(created.getSlug(), created);
        }
        for (PartnerData partner : list(file.partners())) {
            partnersBySlug.computeIfAbsent(partner.slug(), slug -> guard("partner " + slug,
                () -> existingOrNew(partner)));
        }
        Function<String, Partner> partner = slug -> partnersBySlug.computeIfAbsent(slug, this::existingPartner);
        for (EditionData data : list(file.editions())) {
            Edition edition = editions.findBySlug(data.slug()).orElseGet(() -> {
                Edition created = createEdition(data, null, theme, speaker, series, count);
                placeWalls(data, created, partner, count);
                return created;
            });
            editionsBySlug.put(edition.getSlug(), edition);
        }

        for (ArticleData data : list(file.articles())) {
            if (!articles.slugTaken(data.slug())) {
                Edition about = data.edition() == null ? null : editionsBySlug.computeIfAbsent(data.edition(),
                    slug -> editions.findBySlug(slug).orElseThrow(() -> missing("edition", slug)));
                Article created = guard("article " + data.slug(),
                    () -> articles.createInBulk(article(data, about, theme)));
                list(data.redirects()).forEach(old -> articles.keepRedirect(old, created));
                count.articles++;
            }
        }
        return new ImportReport(count.editions, count.sessions, count.speakers, count.partners, count.articles,
            count.media);
    }

    /**
     * @param json the content file.
     * @return it, read but not imported.
     * @throws ContentException when it is not valid JSON of the {@link ContentFile} shape.
     */
    public static ContentFile parse(Reader json) {
        try {
            return JSONB.fromJson(json, ContentFile.class);
        }
        catch (JsonbException e) {
            throw new ContentException("Not a RuraliTIC content file: " + e.getMessage(), e);
        }
        catch (RuntimeException e) {
            throw new ContentException("Cannot read the content file: " + e.getMessage(), e);
        }
    }

    private Edition createEdition(EditionData data, Edition mainEdition, Function<String, Theme> theme,
        Function<String, Speaker> speaker, Function<String, Series> series, Counter count) {
        Edition edition = guard("edition " + data.slug(), () -> {
            Venue venue = new Venue(data.venue().name(), data.venue().street(), data.venue().postalCode(),
                data.venue().city(), data.venue().department(), data.venue().region(), data.venue().country(),
                data.venue().latitude(), data.venue().longitude());
            Edition created = new Edition(data.slug(), data.name(), data.start(), data.end(), ZoneId.of(data.timeZone()),
                venue, data.language());
            created.describe(data.tagline(), data.description());
            created.organisedBy(data.organizerName(), data.organizerUrl());
            created.illustrate(data.imageUrl());
            list(data.themes()).forEach(code -> created.addTheme(theme.apply(code)));
            list(data.socialLinks()).forEach(link -> created.addSocialLink(new SocialLink(link.network(), link.url())));
            if (mainEdition != null) {
                created.attachTo(mainEdition);
            }
            // Without one, the edition service puts it in the main series.
            created.belongTo(series.apply(data.series()));
            EditionStatus status = data.status() == null ? EditionStatus.PUBLISHED : data.status();
            if (status == EditionStatus.CANCELLED) {
                created.cancel();
            }
            else if (status == EditionStatus.PUBLISHED) {
                created.publish();
            }
            created.touch(clock.instant());
            return editions.create(created);
        });
        count.editions++;
        for (SessionData session : list(data.sessions())) {
            guard("session " + session.slug(), () -> schedule(edition, session, theme, speaker));
            count.sessions++;
        }
        for (EditionData colocated : list(data.colocated())) {
            createEdition(colocated, edition, theme, speaker, series, count);
        }
        return edition;
    }

    private ProgrammeSession schedule(Edition edition, SessionData data, Function<String, Theme> theme,
        Function<String, Speaker> speaker) {
        ProgrammeSession session = new ProgrammeSession(edition, data.slug(), data.title(), data.start(), data.end(),
            data.format());
        session.describe(data.summary(), data.room(), data.track() == null ? null : theme.apply(data.track()));
        list(data.speakers()).forEach(slug -> session.addSpeaker(speaker.apply(slug)));
        session.touch(clock.instant());
        return programme.schedule(session);
    }

    private Speaker speaker(SpeakerData data, Counter count) {
        Optional<Speaker> existing = programme.findSpeaker(data.slug());
        if (existing.isPresent()) {
            return existing.get();
        }
        Speaker speaker = new Speaker(data.slug(), data.name());
        speaker.present(data.role(), data.organisation(), data.bio(), data.photoUrl());
        count.speakers++;
        return programme.defineSpeaker(speaker);
    }

    private Partner existingOrNew(PartnerData data) {
        return partners.findPartner(data.slug()).orElseGet(() -> {
            Partner partner = new Partner(data.slug(), data.name());
            partner.present(data.website(), data.logoUrl(), data.logoAlt(), data.description());
            return partners.definePartner(partner);
        });
    }

    private Sponsorship sponsor(Partner partner, String tierCode, int order, Edition edition) {
        PartnerTier tier = partners.findTier(tierCode).orElseThrow(() -> missing("tier", tierCode));
        return partners.sponsor(edition, partner, tier, order);
    }

    // The walls of an edition of the list form and of its co-located days, created with it just before.
    private void placeWalls(EditionData data, Edition edition, Function<String, Partner> partner, Counter count) {
        for (SponsorshipData sponsorship : list(data.partners())) {
            guard("partner " + sponsorship.partner() + " of " + data.slug(), () -> sponsor(
                partner.apply(sponsorship.partner()), sponsorship.tier(), sponsorship.order(), edition));
            count.partners++;
        }
        for (EditionData colocated : list(data.colocated())) {
            if (!list(colocated.partners()).isEmpty()) {
                placeWalls(colocated, editions.findBySlug(colocated.slug()).orElseThrow(), partner, count);
            }
        }
    }

    // Stores the file's images; returns the new last segment of each address, by the old one.
    private Map<String, String> storeMedia(ContentFile content, Counter count) {
        if (media == null) {
            throw new ContentException("This importer has no media library: the file's images cannot be stored");
        }
        Map<String, String> segments = new HashMap<>();
        for (MediaData data : content.media()) {
            String item = "media " + data.path();
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(data.content() == null ? "" : data.content());
                Optional<MediaItem> existing = media.findByContent(bytes);
                MediaItem stored = existing.orElseGet(() -> media.restore(data.fileName(), bytes, data.altText(),
                    data.decorative(), data.uploadedBy() == null ? "import" : data.uploadedBy(),
                    data.uploadedAt() == null ? clock.instant() : data.uploadedAt()));
                if (existing.isEmpty()) {
                    count.media++;
                }
                if (data.path() != null) {
                    segments.put(data.path().substring(data.path().lastIndexOf('/') + 1), stored.fileSegment());
                }
            }
            catch (IllegalArgumentException e) {
                throw new ContentException(item + ": the content is not Base64", e);
            }
            catch (MediaException e) {
                throw new ContentException(item + ": " + e.getMessage(), e);
            }
        }
        return segments;
    }

    // Every address of an image of the file, in any field or text, now names the image as stored here.
    private static ContentFile readdressed(ContentFile content, Map<String, String> segments) {
        ContentFile withoutMedia = new ContentFile(content.themes(), content.speakers(), content.partners(),
            content.edition(), content.articles(), content.tiers(), content.editions(), null, content.series());
        Matcher address = MEDIA_ADDRESS.matcher(JSONB.toJson(withoutMedia));
        StringBuilder json = new StringBuilder();
        while (address.find()) {
            String segment = segments.getOrDefault(address.group(1), address.group(1));
            address.appendReplacement(json, Matcher.quoteReplacement(MediaItem.PREFIX + segment));
        }
        address.appendTail(json);
        return JSONB.fromJson(json.toString(), ContentFile.class);
    }

    private Article article(ArticleData data, Edition edition, Function<String, Theme> theme) {
        // An imported article was last changed when it was published (or now, for a draft or a future date).
        Instant now = clock.instant();
        if (data.publishedAt() != null && data.publishedAt().toInstant().isBefore(now)) {
            now = data.publishedAt().toInstant();
        }
        Article article = new Article(data.slug(), data.title(), data.language(), now);
        article.introduce(data.lead(), data.author(), now);
        if (data.interviewee() != null) {
            article.interview(data.interviewee(), data.intervieweeRole(), now);
        }
        article.illustrate(data.imageUrl(), data.imageAlt(), data.imageWidth(), data.imageHeight(), now);
        article.relateTo(edition);
        list(data.themes()).forEach(code -> article.fileUnder(theme.apply(code)));
        list(data.blocks()).forEach(block -> article.append(block(block)));
        ArticleStatus status = data.status() == null ? ArticleStatus.DRAFT : data.status();
        if (status == ArticleStatus.SUBMITTED) {
            article.submit(now);
        }
        else if (status != ArticleStatus.DRAFT) {
            if (data.publishedAt() == null) {
                throw new ContentException("article " + data.slug() + ": publishedAt is required unless DRAFT");
            }
            article.publish(data.publishedAt().toInstant(), clock.instant());
            article.touchedAt(now);
            if (status == ArticleStatus.ARCHIVED) {
                article.archive(clock.instant());
            }
        }
        return article;
    }

    private static ArticleBlock block(BlockData data) {
        if (data.type() == null) {
            throw new ContentException("a block has no type");
        }
        return switch (data.type()) {
            case PARAGRAPH -> ArticleBlock.paragraph(data.text());
            case HEADING -> ArticleBlock.heading(data.text());
            case QUOTATION -> ArticleBlock.quotation(data.text(), data.attribution());
            case QUESTION_ANSWER -> ArticleBlock.questionAnswer(data.question(), data.answer());
            case IMAGE -> ArticleBlock.image(data.url(), data.alt(), data.text(), data.width(), data.height());
        };
    }

    // A series of the file, or the one of this database with its code; the file's main one is this portal's main one.
    private Series series(SeriesData data) {
        if (data.main()) {
            Optional<Series> main = editions.series().stream().filter(Series::isMain).findFirst();
            if (main.isPresent()) {
                return main.get();
            }
        }
        return editions.defineSeries(new Series(data.code(), data.name()));
    }

    private Series existingSeries(String code) {
        return editions.findSeries(code).orElseThrow(() -> missing("series", code));
    }

    private Theme existingTheme(String code) {
        return themes.findByCode(code).orElseThrow(() -> missing("theme", code));
    }

    private Partner existingPartner(String slug) {
        return partners.findPartner(slug).orElseThrow(() -> missing("partner", slug));
    }

    private Speaker existingSpeaker(String slug) {
        return programme.findSpeaker(slug).orElseThrow(() -> missing("speaker", slug));
    }

    private static ContentException missing(String kind, String key) {
        return new ContentException("Unknown " + kind + " '" + key + "': declare it in the file or create it first");
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    // Names the item in the message of a validation or argument failure, so that a file's author can find it.
    private static <T> T guard(String item, Supplier<T> work) {
        try {
            return work.get();
        }
        catch (ConstraintViolationException e) {
            throw new ContentException(item + ": " + describe(e), e);
        }
        catch (NullPointerException | IllegalArgumentException | DateTimeException e) {
            throw new ContentException(item + ": " + e.getMessage(), e);
        }
    }

    private static String describe(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
            .map(ContentImporter::describe)
            .sorted().collect(Collectors.joining("; "));
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }

    private static final class Counter {
        int editions;
        int sessions;
        int speakers;
        int partners;
        int articles;
        int media;
    }
}
