package org.ruralitic.content;

import java.io.Reader;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.ruralitic.content.ContentFile.PartnerData;
import org.ruralitic.content.ContentFile.SessionData;
import org.ruralitic.content.ContentFile.SpeakerData;
import org.ruralitic.content.ContentFile.ThemeData;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.SocialLink;
import org.ruralitic.event.Venue;
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

    private ThemeService themes;
    private EditionService editions;
    private ProgrammeService programme;
    private PartnerService partners;
    private ArticleService articles;
    private Clock clock;

    /** For CDI. */
    protected ContentImporter() {
    }

    /**
     * @param themes the theme service.
     * @param editions the edition service.
     * @param programme the programme service.
     * @param partners the partner service.
     * @param articles the article service.
     * @param clock the clock that says which articles are published yet.
     */
    @Inject
    public ContentImporter(ThemeService themes, EditionService editions, ProgrammeService programme,
        PartnerService partners, ArticleService articles, @Ruralitic Clock clock) {
        this.themes = themes;
        this.editions = editions;
        this.programme = programme;
        this.partners = partners;
        this.articles = articles;
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
        Map<String, Theme> themesByCode = new HashMap<>();
        for (ThemeData theme : list(content.themes())) {
            themesByCode.put(theme.code(), themes.define(theme.code(), new LocalizedLabel(theme.fr(), theme.en())));
        }
        Function<String, Theme> theme = code -> themesByCode.computeIfAbsent(code, this::existingTheme);

        Counter count = new Counter();
        Map<String, Speaker> speakers = new HashMap<>();
        for (SpeakerData data : list(content.speakers())) {
            speakers.put(data.slug(), guard("speaker " + data.slug(), () -> speaker(data, count)));
        }
        Function<String, Speaker> speaker = slug -> speakers.computeIfAbsent(slug, this::existingSpeaker);

        Edition edition = null;
        if (content.edition() != null) {
            EditionData data = content.edition();
            Optional<Edition> existing = editions.findBySlug(data.slug());
            Edition created = existing.orElseGet(() -> createEdition(data, null, theme, speaker, count));
            if (existing.isEmpty()) {
                for (PartnerData partner : list(content.partners())) {
                    guard("partner " + partner.slug(), () -> sponsor(existingOrNew(partner), partner, created));
                    count.partners++;
                }
            }
            edition = created;
        }
        Map<String, Edition> editionsBySlug = new HashMap<>();
        if (edition != null) {
            editionsBySlug.put(edition.getSlug(), edition);
        }
        for (ArticleData data : list(content.articles())) {
            if (!articles.slugTaken(data.slug())) {
                Edition about = data.edition() == null ? null : editionsBySlug.computeIfAbsent(data.edition(),
                    slug -> editions.findBySlug(slug).orElseThrow(() -> missing("edition", slug)));
                guard("article " + data.slug(), () -> articles.createInBulk(article(data, about, theme)));
                count.articles++;
            }
        }
        return new ImportReport(count.editions, count.sessions, count.speakers, count.partners, count.articles);
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
        Function<String, Speaker> speaker, Counter count) {
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
            created.publish();
            created.touch(clock.instant());
            return editions.create(created);
        });
        count.editions++;
        for (SessionData session : list(data.sessions())) {
            guard("session " + session.slug(), () -> schedule(edition, session, theme, speaker));
            count.sessions++;
        }
        for (EditionData colocated : list(data.colocated())) {
            createEdition(colocated, edition, theme, speaker, count);
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

    private Sponsorship sponsor(Partner partner, PartnerData data, Edition edition) {
        PartnerTier tier = partners.findTier(data.tier()).orElseThrow(() -> missing("tier", data.tier()));
        return partners.sponsor(edition, partner, tier, data.order());
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
        article.illustrate(data.imageUrl(), data.imageAlt(), now);
        article.relateTo(edition);
        list(data.themes()).forEach(code -> article.fileUnder(theme.apply(code)));
        list(data.blocks()).forEach(block -> article.append(block(block)));
        ArticleStatus status = data.status() == null ? ArticleStatus.DRAFT : data.status();
        if (status != ArticleStatus.DRAFT) {
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
            case IMAGE -> ArticleBlock.image(data.url(), data.alt(), data.text());
        };
    }

    private Theme existingTheme(String code) {
        return themes.findByCode(code).orElseThrow(() -> missing("theme", code));
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
    }
}
