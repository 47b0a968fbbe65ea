package org.ruralitic.content;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.Article;
import org.ruralitic.article.BlockKind;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Zones;
import org.ruralitic.content.ContentFile.ArticleData;
import org.ruralitic.content.ContentFile.BlockData;
import org.ruralitic.content.ContentFile.EditionData;
import org.ruralitic.content.ContentFile.MediaData;
import org.ruralitic.content.ContentFile.PartnerData;
import org.ruralitic.content.ContentFile.SeriesData;
import org.ruralitic.content.ContentFile.SessionData;
import org.ruralitic.content.ContentFile.SocialLinkData;
import org.ruralitic.content.ContentFile.SpeakerData;
import org.ruralitic.content.ContentFile.SponsorshipData;
import org.ruralitic.content.ContentFile.ThemeData;
import org.ruralitic.content.ContentFile.TierData;
import org.ruralitic.content.ContentFile.VenueData;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.event.Series;
import org.ruralitic.event.SocialNetwork;
import org.ruralitic.event.Venue;
import org.ruralitic.media.MediaFile;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.Sponsorship;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;
import org.ruralitic.theme.Theme;

/**
 * Writes the whole site as the {@link ContentFile} that {@link ContentImporter} reads: themes, tiers, speakers,
 * partners, the conference series, every edition with its series, co-located days, venue, social links, programme
 * (speakers in order) and partner wall, the articles that are not in the bin (every status, with their blocks and old
 * slugs), and the images of the media library with their bytes in Base64. Importing the file into an empty database gives the same pages.
 * <p>
 * Items are written in the order they were created, so that an import creates them in the same order again (lists
 * that break ties by identifier stay as they were). The export reads a fixed number of statements, whatever the
 * size of the site.
 *
 * <h2>Usage</h2>
 * <pre>
 * // From the back-office: administrators only, written to the audit log.
 * exporter.export(staff.getActor(), response.getWriter());
 * // From the portal's own code (a scheduled backup, a migration):
 * try (Writer out = Files.newBufferedWriter(path)) {
 *     exporter.export(out);
 * }
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class ContentExporter {

    /** The subject type of the audit entry of an export. */
    public static final String AUDIT_SUBJECT = "site";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected ContentExporter() {
    }

    /**
     * @param entityManager the entity manager to read with (outside a container).
     * @param audit the audit log, on the same entity manager.
     */
    public ContentExporter(EntityManager entityManager, AuditLog audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /**
     * Writes the site for someone of the back-office, and records it in the audit log.
     *
     * @param actor who exports; needs {@link Role#ADMINISTRATOR}, as the file holds drafts and every image.
     * @param out where to write the JSON file; left open.
     * @return what the file holds.
     * @throws org.ruralitic.access.AccessDeniedException without the role.
     * @throws UncheckedIOException when {@code out} fails.
     */
    public ContentFile export(@NotNull Actor actor, @NotNull Writer out) {
        actor.require(Role.ADMINISTRATOR);
        ContentFile content = content();
        audit.record(actor, AuditAction.EXPORT_SITE, AUDIT_SUBJECT, null, summary(content));
        write(content, out);
        return content;
    }

    /**
     * Writes the site, for the portal's own code: no role is checked and nothing is audited.
     *
     * @param out where to write the JSON file; left open.
     * @return what the file holds.
     * @throws UncheckedIOException when {@code out} fails.
     */
    public ContentFile export(@NotNull Writer out) {
        ContentFile content = content();
        write(content, out);
        return content;
    }

    /**
     * Reads the site, for the portal's own code: no role is checked and nothing is audited.
     *
     * @return the whole site, as a content file.
     */
    public ContentFile content() {
        List<ThemeData> themes = query("SELECT t FROM Theme t ORDER BY t.id", Theme.class)
            .getResultList().stream()
            .map(theme -> new ThemeData(theme.getCode(), theme.getLabel().getFrench(), theme.getLabel().getEnglish()))
            .toList();
        List<TierData> tiers = query("SELECT t FROM PartnerTier t ORDER BY t.rank",
            PartnerTier.class).getResultList().stream()
            .map(tier -> new TierData(tier.getCode(), tier.getLabel().getFrench(), tier.getLabel().getEnglish(),
                tier.getRank(), tier.getLogoSize()))
            .toList();
        List<SpeakerData> speakers = query("SELECT s FROM Speaker s ORDER BY s.id", Speaker.class)
            .getResultList().stream()
            .map(speaker -> new SpeakerData(speaker.getSlug(), speaker.getName(), speaker.getRole(),
                speaker.getOrganisation(), speaker.getBio(), speaker.getPhotoUrl()))
            .toList();
        List<PartnerData> partners = query("SELECT p FROM Partner p ORDER BY p.id", Partner.class)
            .getResultList().stream()
            .map(partner -> new PartnerData(partner.getSlug(), partner.getName(), partner.getWebsiteUrl(),
                partner.getLogoUrl(), partner.getLogoAlt(), partner.getDescription(), null, 0))
            .toList();
        List<SeriesData> series = query("SELECT s FROM Series s ORDER BY s.id", Series.class)
            .getResultList().stream()
            .map(each -> new SeriesData(each.getCode(), each.getName(), each.isMain()))
            .toList();
        return new ContentFile(themes, speakers, partners, null, articles(), tiers, editions(), media(), series);
    }

    /**
     * @param content a content file.
     * @param out where to write it as JSON, as {@link ContentImporter#parse(java.io.Reader)} reads it; left open.
     * @throws UncheckedIOException when {@code out} fails.
     */
    public static void write(@NotNull ContentFile content, @NotNull Writer out) {
        // JSON-B closes the writer it is given: a response's writer must stay open for the caller.
        Writer unclosed = new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try {
            JSONB.toJson(content, unclosed);
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (jakarta.json.JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    private List<EditionData> editions() {
        // The series in the same statement: each edition names its own.
        List<Edition> all = query("SELECT e FROM Edition e LEFT JOIN FETCH e.series ORDER BY e.id", Edition.class)
            .getResultList();
        Map<Long, Long> partOf = new HashMap<>();
        for (Object[] row : rows("SELECT e.id, p.id FROM Edition e JOIN e.partOf p")) {
            partOf.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<String>> themes = new HashMap<>();
        for (Object[] row : rows("SELECT e.id, t.code FROM Edition e JOIN e.themes t ORDER BY t.code")) {
            themes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, List<SocialLinkData>> links = new HashMap<>();
        for (Object[] row : indexed("SELECT e.id, INDEX(l), l.network, l.url FROM Edition e JOIN e.socialLinks l")) {
            links.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add(new SocialLinkData((SocialNetwork) row[2], (String) row[3]));
        }
        Map<Long, List<SessionData>> sessions = sessions();
        Map<Long, List<SponsorshipData>> walls = walls();

        Map<Long, List<EditionData>> colocated = new HashMap<>();
        List<Edition> mains = new ArrayList<>();
        // Co-located days first, so that each main edition finds its days; they are created after it, as here.
        for (Edition edition : all) {
            Long main = partOf.get(edition.getId());
            if (main == null) {
                mains.add(edition);
            }
            else {
                colocated.computeIfAbsent(main, id -> new ArrayList<>()).add(edition(edition, themes, links, sessions,
                    walls, List.of()));
            }
        }
        return mains.stream().map(edition -> edition(edition, themes, links, sessions, walls,
            colocated.getOrDefault(edition.getId(), List.of()))).toList();
    }

    private static EditionData edition(Edition edition, Map<Long, List<String>> themes,
        Map<Long, List<SocialLinkData>> links, Map<Long, List<SessionData>> sessions,
        Map<Long, List<SponsorshipData>> walls, List<EditionData> colocated) {
        Venue venue = edition.getVenue();
        Long id = edition.getId();
        return new EditionData(edition.getSlug(), edition.getName(), edition.getTagline(), edition.getStartLocal(),
            edition.getEndLocal(), edition.zone().getId(), edition.getLanguage(), edition.getDescription(),
            edition.getImageUrl(), edition.getOrganizerName(), edition.getOrganizerUrl(),
            new VenueData(venue.getName(), venue.getStreet(), venue.getPostalCode(), venue.getCity(),
                venue.getDepartment(), venue.getRegion(), venue.getCountry(), venue.getLatitude(),
                venue.getLongitude()),
            themes.getOrDefault(id, List.of()), links.getOrDefault(id, List.of()), sessions.getOrDefault(id, List.of()),
            colocated, edition.getStatus() == EditionStatus.PUBLISHED ? null : edition.getStatus(),
            walls.getOrDefault(id, List.of()), seriesCode(edition.getSeries()));
    }

    // Like a published status, the main series goes without saying: the file then imports the same anywhere.
    private static String seriesCode(Series series) {
        return series == null || series.isMain() ? null : series.getCode();
    }

    private Map<Long, List<SessionData>> sessions() {
        Map<Long, List<String>> speakers = new HashMap<>();
        for (Object[] row : indexed("SELECT s.id, INDEX(sp), sp.slug FROM ProgrammeSession s JOIN s.speakers sp")) {
            speakers.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[2]);
        }
        Map<Long, List<SessionData>> sessions = new HashMap<>();
        for (ProgrammeSession session : query("SELECT s FROM ProgrammeSession s"
            + " JOIN FETCH s.edition LEFT JOIN FETCH s.track ORDER BY s.id", ProgrammeSession.class).getResultList()) {
            sessions.computeIfAbsent(session.getEdition().getId(), id -> new ArrayList<>()).add(new SessionData(
                session.getSlug(), session.getTitle(), session.getSummary(), session.getStartLocal(),
                session.getEndLocal(), session.getRoom(), session.getTrack() == null ? null
                    : session.getTrack().getCode(), session.getFormat(),
                speakers.getOrDefault(session.getId(), List.of())));
        }
        return sessions;
    }

    private Map<Long, List<SponsorshipData>> walls() {
        Map<Long, List<SponsorshipData>> walls = new HashMap<>();
        for (Sponsorship sponsorship : query("SELECT s FROM Sponsorship s JOIN FETCH s.edition"
            + " JOIN FETCH s.partner JOIN FETCH s.tier ORDER BY s.tier.rank, s.displayOrder, s.id", Sponsorship.class)
            .getResultList()) {
            walls.computeIfAbsent(sponsorship.getEdition().getId(), id -> new ArrayList<>()).add(new SponsorshipData(
                sponsorship.getPartner().getSlug(), sponsorship.getTier().getCode(), sponsorship.getDisplayOrder()));
        }
        return walls;
    }

    private List<ArticleData> articles() {
        List<Article> articles = query("SELECT a FROM Article a WHERE a.deletedAt IS NULL ORDER BY a.id",
            Article.class).getResultList();
        // The bodies as rows: blocks are embeddables, compared by EclipseLink at commit if they were loaded.
        Map<Long, List<BlockData>> blocks = new HashMap<>();
        for (Object[] row : indexed("SELECT a.id, INDEX(b), b.kind, b.text, b.answer, b.attribution, b.imageUrl,"
            + " b.imageAlt, b.imageWidth, b.imageHeight FROM Article a JOIN a.blocks b WHERE a.deletedAt IS NULL")) {
            blocks.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(block(row));
        }
        Map<Long, List<String>> themes = new HashMap<>();
        for (Object[] row : rows("SELECT a.id, t.code FROM Article a JOIN a.themes t ORDER BY t.code")) {
            themes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, String> editions = new HashMap<>();
        for (Object[] row : rows("SELECT a.id, e.slug FROM Article a JOIN a.edition e")) {
            editions.put((Long) row[0], (String) row[1]);
        }
        Map<Long, List<String>> redirects = new HashMap<>();
        for (Object[] row : rows("SELECT r.articleId, r.oldSlug FROM ArticleRedirect r ORDER BY r.oldSlug")) {
            redirects.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return articles.stream().map(article -> new ArticleData(article.getSlug(), article.getTitle(),
            article.getLead(), offset(article.getPublishedAt()), article.getStatus(), article.getAuthor(),
            article.getInterviewee(), article.getIntervieweeRole(), article.getLanguage(),
            themes.getOrDefault(article.getId(), List.of()), editions.get(article.getId()), article.getImageUrl(),
            article.getImageAlt(), blocks.getOrDefault(article.getId(), List.of()), article.getImageWidth(),
            article.getImageHeight(), redirects.getOrDefault(article.getId(), List.of())))
            .toList();
    }

    // A row of (article id, index, kind, text, answer, attribution, image URL, image alt, width, height).
    private static BlockData block(Object[] row) {
        BlockKind kind = (BlockKind) row[2];
        String text = (String) row[3];
        return switch (kind) {
            case QUESTION_ANSWER -> new BlockData(kind, null, null, text, (String) row[4], null, null, null, null);
            case IMAGE -> new BlockData(kind, text, null, null, null, (String) row[6], (String) row[7],
                (Integer) row[8], (Integer) row[9]);
            default -> new BlockData(kind, text, (String) row[5], null, null, null, null, null, null);
        };
    }

    private List<MediaData> media() {
        return query("SELECT m FROM MediaFile m ORDER BY m.id", MediaFile.class).getResultList()
            .stream().map(file -> new MediaData(file.toItem().path(), file.getFileName(), file.getAltText(),
                file.isDecorative(), file.getUploadedBy(), file.getUploadedAt(),
                Base64.getEncoder().encodeToString(file.getContent())))
            .toList();
    }

    private List<Object[]> rows(String jpql) {
        return query(jpql, Object[].class).getResultList();
    }

    // Nothing is written, so nothing need be flushed before a query: EclipseLink fails to compare article blocks then.
    private <T> TypedQuery<T> query(String jpql, Class<T> type) {
        return entityManager.createQuery(jpql, type).setFlushMode(FlushModeType.COMMIT);
    }

    // Rows of (owner id, index in its list, values...), in the order of the lists.
    private List<Object[]> indexed(String jpql) {
        List<Object[]> rows = new ArrayList<>(rows(jpql));
        rows.sort(Comparator.<Object[], Long>comparing(row -> (Long) row[0])
            .thenComparing(row -> ((Number) row[1]).intValue()));
        return rows;
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.PARIS).toOffsetDateTime();
    }

    private static String summary(ContentFile content) {
        int editions = 0;
        int sessions = 0;
        for (EditionData edition : content.editions()) {
            editions += 1 + edition.colocated().size();
            sessions += edition.sessions().size()
                + edition.colocated().stream().mapToInt(day -> day.sessions().size()).sum();
        }
        return "editions " + editions + ", sessions " + sessions + ", articles " + content.articles().size()
            + ", media " + content.media().size();
    }
}
