package org.ruralitic.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Fixture;
import org.ruralitic.partner.Sponsorship;

/**
 * Editing editions on one database and provider: a change saved and shown, a stale one refused, checks in the
 * editor's language, next year's edition started from the demo one with its partners and without its sessions, and
 * a second series beside the main one. Run by {@code PersistenceSuite.EditionEdits} on the demo content; every test
 * puts back or removes what it changed.
 */
public abstract class EditionEditingSuite {

    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    private static final Actor AUTHOR = Actor.of("paul", Role.AUTHOR);
    private static final String DEMO = "ruralitic-2019";

    private final Fixture fixture;

    protected EditionEditingSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    private long demoId() {
        return fixture.inTransaction(services -> services.editions().findBySlug(DEMO).orElseThrow().getId());
    }

    private EditionDraft demoDraft() {
        long id = demoId();
        return fixture.inTransaction(services -> services.editionEditing().draft(EDITOR, id));
    }

    private static EditionDraft at(EditionDraft draft, int version, String tagline) {
        return new EditionDraft(draft.id(), version, draft.seriesId(), draft.partOfId(), draft.slug(), draft.name(),
            tagline, draft.startDay(), draft.startTime(), draft.endDay(), draft.endTime(), draft.timeZone(),
            draft.language(), draft.status(), draft.description(), draft.imageUrl(), draft.organizerName(),
            draft.organizerUrl(), draft.venueName(), draft.venueStreet(), draft.venuePostalCode(), draft.venueCity(),
            draft.venueDepartment(), draft.venueRegion(), draft.venueCountry(), draft.latitude(), draft.longitude(),
            draft.themeIds(), draft.socialLinks());
    }

    @Test
    void aNewTaglineIsSavedAuditedAndShownOnTheEdition() {
        EditionDraft before = demoDraft();
        try {
            fixture.inTransaction(services -> services.editionEditing().save(EDITOR,
                before.withTagline("Le village <em>connecté</em>")));
            Edition shown = fixture.inTransaction(services -> services.editions().findBySlug(DEMO).orElseThrow());
            assertThat(shown.getTagline()).isEqualTo("Le village <em>connecté</em>");
            assertThat(shown.getThemes()).hasSameSizeAs(before.themeIds());
            assertThat(shown.getSocialLinks()).hasSameSizeAs(before.socialLinks());
            assertThat(shown.getStatus()).isEqualTo(before.status());
            assertThat(featured())
                .isEqualTo(DEMO);
            long edits = fixture.inTransaction(services -> services.entityManager().createQuery(
                "SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = 'edition' AND a.subjectId = :id", Long.class)
                .setParameter("id", before.id()).getSingleResult());
            assertThat(edits).isPositive();
        }
        finally {
            EditionDraft now = demoDraft();
            fixture.inTransaction(services -> services.editionEditing().save(EDITOR,
                at(before, now.version(), before.tagline())));
        }
        assertThat(demoDraft().tagline()).isEqualTo(before.tagline());
    }

    @Test
    void aSaveOverAStaleVersionIsRefusedAndChangesNothing() {
        EditionDraft draft = demoDraft();
        EditionDraft stale = at(draft, draft.version() - 1, "Écrasé");
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().save(EDITOR, stale)))
            .isInstanceOf(EditConflictException.class);
        assertThat(demoDraft().tagline()).isEqualTo(draft.tagline());
        assertThat(demoDraft().version()).isEqualTo(draft.version());
    }

    @Test
    void anEndBeforeTheStartAnUnknownZoneAndCoordinatesOutOfRangeAreExplainedInTheEditorsLanguage() {
        EditionDraft draft = demoDraft().withEndDay(LocalDate.of(2019, 8, 1));
        EditionDraft wrong = new EditionDraft(null, 0, null, null, null, "Assises", null, draft.startDay(),
            draft.startTime(), draft.endDay(), draft.endTime(), "Europe/Aurillac", "fr", EditionStatus.DRAFT, null,
            null, null, null, "Centre", null, null, "Aurillac", null, null, "FR", 91.0, -181.0, List.of(), List.of());
        assertThat(violations(Locale.FRENCH, wrong)).containsOnlyKeys("endAfterStart", "zoneKnown", "latitude",
            "longitude").containsEntry("endAfterStart",
            "La fin de l’édition ne peut précéder son début : vérifiez le dernier jour et l’heure de fin.");
        assertThat(violations(Locale.ENGLISH, wrong)).containsEntry("endAfterStart",
            "The end of the edition cannot precede its start: check the last day and the end time.");
        assertThat(violations(Locale.FRENCH, demoDraft())).isEmpty();
    }

    @Test
    void aSlugAnotherEditionHasIsRefusedOnItsField() {
        EditionDraft demo = demoDraft();
        EditionDraft copy = new EditionDraft(null, 0, demo.seriesId(), null, DEMO, "Copie", null, demo.startDay(),
            demo.startTime(), demo.endDay(), demo.endTime(), demo.timeZone(), "fr", EditionStatus.DRAFT, null, null,
            null, null, "Centre", null, null, "Aurillac", null, null, "FR", null, null, List.of(), List.of());
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().save(EDITOR, copy)))
            .isInstanceOfSatisfying(EditionEditException.class, refusal -> {
                assertThat(refusal.getKey()).isEqualTo(EditionEditException.SLUG_TAKEN);
                assertThat(refusal.getField()).isEqualTo("slug");
            });
    }

    @Test
    void anEditionIsNotADayOfItselfNorOfADay() {
        EditionDraft demo = demoDraft();
        EditionDraft ofItself = new EditionDraft(demo.id(), demo.version(), demo.seriesId(), demo.id(), demo.slug(),
            demo.name(), demo.tagline(), demo.startDay(), demo.startTime(), demo.endDay(), demo.endTime(),
            demo.timeZone(), demo.language(), demo.status(), demo.description(), demo.imageUrl(),
            demo.organizerName(), demo.organizerUrl(), demo.venueName(), demo.venueStreet(), demo.venuePostalCode(),
            demo.venueCity(), demo.venueDepartment(), demo.venueRegion(), demo.venueCountry(), demo.latitude(),
            demo.longitude(), demo.themeIds(), demo.socialLinks());
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().save(EDITOR, ofItself)))
            .isInstanceOfSatisfying(EditionEditException.class, refusal -> assertThat(refusal.getField())
                .isEqualTo("partOf"));
        long day = fixture.inTransaction(services -> services.editions().findBySlug("smart-agri-forum-2019")
            .orElseThrow().getId());
        EditionDraft underItsDay = new EditionDraft(demo.id(), demo.version(), demo.seriesId(), day, demo.slug(),
            demo.name(), demo.tagline(), demo.startDay(), demo.startTime(), demo.endDay(), demo.endTime(),
            demo.timeZone(), demo.language(), demo.status(), demo.description(), demo.imageUrl(),
            demo.organizerName(), demo.organizerUrl(), demo.venueName(), demo.venueStreet(), demo.venuePostalCode(),
            demo.venueCity(), demo.venueDepartment(), demo.venueRegion(), demo.venueCountry(), demo.latitude(),
            demo.longitude(), demo.themeIds(), demo.socialLinks());
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().save(EDITOR,
            underItsDay))).isInstanceOf(EditionEditException.class);
        assertThat(demoDraft().partOfId()).isNull();
        assertThat(demoDraft().version()).isEqualTo(demo.version());
    }

    @Test
    void nextYearsEditionCopiesSettingsThemesLinksPartnersAndDaysWithoutSessions() {
        long demo = demoId();
        Edition next = fixture.inTransaction(services -> services.editionEditing().startNextFrom(EDITOR, demo));
        try {
            EditionDraft from = demoDraft();
            EditionDraft copy = fixture.inTransaction(services -> services.editionEditing().draft(EDITOR,
                next.getId()));
            assertThat(copy.slug()).isEqualTo("ruralitic-2020");
            assertThat(copy.name()).isEqualTo("RuraliTIC 2020");
            assertThat(copy.status()).isEqualTo(EditionStatus.DRAFT);
            assertThat(copy.startDay().getYear()).isEqualTo(2020);
            assertThat(copy.startDay().getDayOfWeek()).isEqualTo(from.startDay().getDayOfWeek())
                .isEqualTo(DayOfWeek.TUESDAY);
            assertThat(copy.endDay()).isEqualTo(copy.startDay().plusDays(2));
            assertThat(copy.startTime()).isEqualTo(from.startTime());
            assertThat(copy.tagline()).isEqualTo(from.tagline());
            assertThat(copy.venueName()).isEqualTo(from.venueName());
            assertThat(copy.latitude()).isEqualTo(from.latitude());
            assertThat(copy.seriesId()).isEqualTo(from.seriesId()).isNotNull();
            assertThat(copy.themeIds()).containsExactlyInAnyOrderElementsOf(from.themeIds()).isNotEmpty();
            assertThat(copy.socialLinks()).extracting(SocialLink::getUrl)
                .containsExactlyElementsOf(from.socialLinks().stream().map(SocialLink::getUrl).toList());
            assertThat(partners(next.getId())).isEqualTo(partners(demo)).isNotEmpty();
            List<?> sessions = fixture.inTransaction(services -> services.programme().sessionsOf(next));
            assertThat(sessions).isEmpty();
            List<Edition> days = fixture.inTransaction(services -> services.entityManager().createQuery(
                "SELECT e FROM Edition e WHERE e.partOf.id = :id", Edition.class).setParameter("id", next.getId())
                .getResultList());
            assertThat(days).extracting(Edition::getSlug).containsExactly("smart-agri-forum-2020");
            assertThat(days).extracting(Edition::getStatus).containsOnly(EditionStatus.DRAFT);
            assertThat(featured())
                .as("a draft is not featured").isEqualTo(DEMO);
        }
        finally {
            remove(next.getId());
        }
    }

    @Test
    void theListOfEditionsIsOneStatementAndAnAuthorIsRefused() {
        fixture.statements().reset();
        List<Edition> editions = fixture.inTransaction(services -> services.editionEditing().editions(EDITOR));
        assertThat(fixture.statements().count()).isEqualTo(1);
        assertThat(editions).extracting(Edition::getSlug).contains(DEMO, "smart-agri-forum-2019");
        assertThat(editions).filteredOn(edition -> edition.getSlug().equals("smart-agri-forum-2019"))
            .extracting(edition -> edition.getPartOf().getName()).containsExactly("RuraliTIC 2019");
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().editions(AUTHOR)))
            .isInstanceOf(AccessDeniedException.class);
        long demo = demoId();
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().startNextFrom(AUTHOR,
            demo))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherSeriesHasItsOwnEditionsAndLeavesTheMainOnesAlone() {
        Series assises = fixture.inTransaction(services -> {
            Series series = new Series("assises-du-numerique", "Assises du numérique");
            services.entityManager().persist(series);
            return series;
        });
        EditionDraft demo = demoDraft();
        Edition edition = fixture.inTransaction(services -> services.editionEditing().save(EDITOR,
            new EditionDraft(null, 0, assises.getId(), null, null, "Assises du numérique 2027", null,
                LocalDate.of(2027, 3, 4), demo.startTime(), LocalDate.of(2027, 3, 4), demo.endTime(),
                "Europe/Paris", "fr", EditionStatus.PUBLISHED, null, null, null, null, "Hôtel du Département", null,
                null, "Aurillac", null, null, "FR", 44.93, 2.44, List.of(), List.of())));
        try {
            assertThat(edition.getSlug()).isEqualTo("assises-du-numerique-2027");
            String featuredThere = fixture.inTransaction(services -> services.editions().featured(
                services.editions().findSeries("assises-du-numerique").orElseThrow()).orElseThrow().getSlug());
            assertThat(featuredThere).isEqualTo(edition.getSlug());
            assertThat(featured())
                .isEqualTo(DEMO);
            List<Edition> upcoming = fixture.inTransaction(services -> services.editions().upcoming());
            assertThat(upcoming).extracting(Edition::getSlug).doesNotContain(edition.getSlug());
            List<Edition> archive = fixture.inTransaction(services -> services.editions().past(services.editions()
                .findSeries(Series.MAIN_CODE).orElseThrow()));
            assertThat(archive).extracting(Edition::getSlug).containsExactly(DEMO);
        }
        finally {
            remove(edition.getId());
            fixture.inTransaction(services -> {
                services.entityManager().remove(services.entityManager().find(Series.class, assises.getId()));
                return null;
            });
        }
    }

    // Series editing (issue 12)
    @Test
    void anEditorCreatesASeriesThenRenamesItWhileItsCodeStaysAndBothAreAudited() {
        Series created = fixture.inTransaction(services -> services.editionEditing().saveSeries(EDITOR,
            new SeriesDraft(null, 0, " assises-cantal ", " Assises du numérique ")));
        try {
            assertThat(created.getCode()).isEqualTo("assises-cantal");
            assertThat(created.getName()).isEqualTo("Assises du numérique");
            assertThat(created.isMain()).isFalse();
            assertThat(allSeries()).extracting(Series::getCode).startsWith(Series.MAIN_CODE)
                .contains("assises-cantal");
            SeriesDraft draft = fixture.inTransaction(services -> services.editionEditing().seriesDraft(EDITOR,
                created.getId()));
            fixture.inTransaction(services -> services.editionEditing().saveSeries(EDITOR,
                new SeriesDraft(draft.id(), draft.version(), "autre-code", "Assises <em>du Cantal</em>")));
            Series renamed = fixture.inTransaction(services -> services.editions().findSeries("assises-cantal")
                .orElseThrow());
            assertThat(renamed.getName()).isEqualTo("Assises <em>du Cantal</em>");
            assertThat(renamed.getVersion()).isGreaterThan(draft.version());
            assertThat(seriesOf("autre-code")).isEmpty();
            long audited = fixture.inTransaction(services -> services.entityManager().createQuery(
                "SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = 'series' AND a.subjectId = :id", Long.class)
                .setParameter("id", created.getId()).getSingleResult());
            assertThat(audited).isEqualTo(2);
            SeriesDraft stale = new SeriesDraft(draft.id(), draft.version(), draft.code(), "Écrasé");
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().saveSeries(EDITOR,
                stale))).isInstanceOf(EditConflictException.class);
            assertThat(seriesOf("assises-cantal")).map(Series::getName)
                .contains("Assises <em>du Cantal</em>");
        }
        finally {
            removeSeries(created.getId());
        }
        assertThat(seriesOf("assises-cantal")).isEmpty();
    }

    @Test
    void aSeriesCodeAnotherSeriesHasIsRefusedOnItsFieldAndAnAuthorIsRefused() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().saveSeries(EDITOR,
            new SeriesDraft(null, 0, Series.MAIN_CODE, "Copie"))))
            .isInstanceOfSatisfying(EditionEditException.class, refusal -> {
                assertThat(refusal.getKey()).isEqualTo(EditionEditException.SERIES_CODE_TAKEN);
                assertThat(refusal.getField()).isEqualTo("code");
            });
        assertThat(allSeries()).extracting(Series::getName).doesNotContain("Copie");
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().saveSeries(AUTHOR,
            new SeriesDraft(null, 0, "par-un-auteur", "Par un auteur")))).isInstanceOf(AccessDeniedException.class);
        assertThat(seriesOf("par-un-auteur")).isEmpty();
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.editionEditing().series(AUTHOR)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSeriesWithoutNameOrWithAWrongCodeIsExplainedInTheEditorsLanguage() {
        SeriesDraft wrong = new SeriesDraft(null, 0, "Assises Du Numérique", " ");
        Validator french = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(Locale.FRENCH)
            .buildValidatorFactory().getValidator();
        Validator english = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(Locale.ENGLISH).buildValidatorFactory().getValidator();
        assertThat(french.validate(wrong)).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
            "Le code ne doit contenir que des lettres minuscules sans accent, des chiffres et des tirets simples,"
                + " comme assises-du-numerique.", "Indiquez le nom de la série.");
        assertThat(english.validate(wrong)).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
            "The code may hold only lower-case unaccented letters, digits and single hyphens, such as"
                + " assises-du-numerique.", "Give the name of the series.");
        assertThat(french.validate(new SeriesDraft(null, 0, "assises-2027", "Assises"))).isEmpty();
    }

    private List<Series> allSeries() {
        return fixture.inTransaction(services -> services.editionEditing().series(EDITOR));
    }

    private Optional<Series> seriesOf(String code) {
        return fixture.inTransaction(services -> services.editions().findSeries(code));
    }

    private void removeSeries(long id) {
        fixture.inTransaction(services -> {
            services.entityManager().remove(services.entityManager().find(Series.class, id));
            return null;
        });
    }

    private String featured() {
        return fixture.inTransaction(services -> services.editions().featured().orElseThrow().getSlug());
    }

    private Set<String> partners(long editionId) {
        return fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT s FROM Sponsorship s JOIN FETCH s.partner JOIN FETCH s.tier WHERE s.edition.id = :id",
            Sponsorship.class).setParameter("id", editionId).getResultList().stream()
            .map(s -> s.getPartner().getSlug() + "/" + s.getTier().getCode() + "/" + s.getDisplayOrder())
            .collect(Collectors.toSet()));
    }

    private void remove(long mainId) {
        fixture.inTransaction(services -> {
            EntityManager em = services.entityManager();
            List<Edition> editions = em.createQuery("SELECT e FROM Edition e LEFT JOIN e.partOf p"
                + " WHERE p.id = :id OR e.id = :id", Edition.class).setParameter("id", mainId).getResultList();
            for (Edition edition : editions) {
                em.createQuery("DELETE FROM Sponsorship s WHERE s.edition = :e").setParameter("e", edition)
                    .executeUpdate();
            }
            editions.stream().filter(edition -> edition.getPartOf() != null).forEach(em::remove);
            em.flush();
            editions.stream().filter(edition -> edition.getPartOf() == null).forEach(em::remove);
            return null;
        });
    }

    private static Map<String, String> violations(Locale locale, EditionDraft draft) {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
            .buildValidatorFactory().getValidator();
        return validator.validate(draft).stream().collect(Collectors.toMap(
            violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a));
    }
}
