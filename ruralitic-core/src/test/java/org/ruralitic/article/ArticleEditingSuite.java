package org.ruralitic.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;

/**
 * The back-office of articles on one database and provider: what authors and editors may do, what visitors then see,
 * and what the database keeps (revisions, redirects, the bin, the audit log). Run by {@code PersistenceSuite.Editing}.
 * Each test writes articles of its own, with titles no other test uses.
 */
public abstract class ArticleEditingSuite {

    static final Actor AUTHOR = Actor.of("paul", Role.AUTHOR);
    static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    static final Actor ADMINISTRATOR = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor NO_ROLE = Actor.of("visiteur");

    private final Fixture fixture;

    protected ArticleEditingSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    private <T> T at(Instant instant, Function<Fixture.Services, T> work) {
        return fixture.inTransaction(clockAt(instant), work);
    }

    private <T> T now(Function<Fixture.Services, T> work) {
        return fixture.inTransaction(work);
    }

    private static ArticleDraft interview(String title) {
        ArticleDraft draft = new ArticleDraft();
        draft.setTitle(title);
        draft.setLead("Un chapeau");
        draft.setInterviewee("Jeanne Martin");
        draft.setIntervieweeRole("maire de Salers");
        draft.setThemeCodes(List.of("agriculture"));
        draft.setEditionSlug("ruralitic-2019");
        draft.addBlock(BlockKind.QUESTION_ANSWER);
        draft.getBlocks().get(0).setText("Pourquoi la fibre ?");
        draft.getBlocks().get(0).setAnswer("Pour *rester* au pays.");
        draft.addBlock(BlockKind.PARAGRAPH);
        draft.getBlocks().get(1).setText("Suite.");
        return draft;
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAuthorsDraftIsKeptWithARevisionAndAnAuditLineButNotShown() {
        String title = unique("Brouillon d’entretien");
        Article saved = now(services -> services.editing().save(AUTHOR, interview(title)));
        assertThat(saved.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(saved.getSlug()).startsWith("brouillon-d-entretien-");
        ArticleDraft read = now(services -> services.editing().draft(AUTHOR, saved.getId()).orElseThrow());
        assertThat(read.getBlocks()).extracting(BlockDraft::getAnswer).containsExactly("Pour *rester* au pays.", null);
        assertThat(read.getThemeCodes()).containsExactly("agriculture");
        assertThat(read.getEditionSlug()).isEqualTo("ruralitic-2019");
        assertThat(this.<List<ArticleRevision>>now(services -> services.editing().revisions(AUTHOR, saved.getId())))
            .extracting(ArticleRevision::getNumber, ArticleRevision::getSavedBy, ArticleRevision::getAction)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "paul", AuditAction.CREATE));
        assertThat(this.<Optional<Article>>now(services -> services.articles().findBySlug(saved.getSlug()))).isEmpty();
        assertThat(auditOf(saved.getId())).extracting(AuditEntry::getAction).containsExactly(AuditAction.CREATE);
    }

    @Test
    void onlyEditorsPublishAndPeopleWithoutARoleDoNothing() {
        Article saved = now(services -> services.editing().save(AUTHOR, interview(unique("Réservé"))));
        assertThatThrownBy(() -> now(services -> services.editing().publish(AUTHOR, saved.getId(), saved.getVersion(),
            null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> now(services -> services.editing().save(NO_ROLE, interview("Intrus"))))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> now(services -> services.editing().delete(AUTHOR, saved.getId(),
            saved.getVersion()))).isInstanceOf(AccessDeniedException.class);
        Article submitted = now(services -> services.editing().submit(AUTHOR, saved.getId(), saved.getVersion()));
        assertThat(submitted.getStatus()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(this.<ArticleStatus>now(services -> services.editing().find(EDITOR, saved.getId()).orElseThrow().getStatus()))
            .isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void aScheduledArticleAppearsByItselfAtItsTime() {
        Article saved = now(services -> services.editing().save(AUTHOR, interview(unique("Programmé"))));
        Instant monday = NOW.plus(Duration.ofHours(3));
        Article scheduled = now(services -> services.editing().publish(EDITOR, saved.getId(), saved.getVersion(),
            monday));
        assertThat(scheduled.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(this.<Optional<Article>>now(services -> services.articles().findBySlug(saved.getSlug()))).isEmpty();
        assertThat(this.<Optional<Instant>>now(services -> services.articles().nextScheduled())).contains(monday);
        assertThat(this.<Optional<Article>>at(monday.minusSeconds(1), services -> services.articles().findBySlug(saved.getSlug()))).isEmpty();
        assertThat(this.<Optional<Article>>at(monday, services -> services.articles().findBySlug(saved.getSlug()))).isPresent();
        assertThat(this.<List<Article>>at(monday, services -> services.articles().latest(1, null, null)))
            .extracting(Article::getSlug).containsExactly(saved.getSlug());
        toBin(saved.getId()); // the other suites count the demo's published articles
    }

    @Test
    void aSaveOverAnotherEditorsChangeIsRefusedAndChangesNothing() {
        Article saved = now(services -> services.editing().save(EDITOR, interview(unique("Conflit"))));
        ArticleDraft first = now(services -> services.editing().draft(EDITOR, saved.getId()).orElseThrow());
        ArticleDraft second = now(services -> services.editing().draft(AUTHOR, saved.getId()).orElseThrow());
        // The first editor changes only a block: the version must cover the body too.
        first.getBlocks().get(1).setText("Le texte de Marie.");
        now(services -> services.editing().save(EDITOR, first));
        second.setTitle("Le titre de Paul");
        assertThatThrownBy(() -> now(services -> services.editing().save(AUTHOR, second)))
            .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                assertThat(conflict.getSavedBy()).isEqualTo("marie");
                assertThat(conflict.getRevisionNumber()).isEqualTo(2);
            });
        ArticleDraft stored = now(services -> services.editing().draft(EDITOR, saved.getId()).orElseThrow());
        assertThat(stored.getTitle()).isEqualTo(saved.getTitle());
        assertThat(stored.getBlocks().get(1).getText()).isEqualTo("Le texte de Marie.");
    }

    @Test
    void aNewSlugAnswersForTheOldOneAndATakenSlugIsRefused() {
        Article saved = now(services -> services.editing().save(EDITOR, interview(unique("Ancienne adresse"))));
        now(services -> services.editing().publish(EDITOR, saved.getId(), saved.getVersion(), null));
        ArticleDraft draft = now(services -> services.editing().draft(EDITOR, saved.getId()).orElseThrow());
        String renamed = saved.getSlug() + "-bis";
        draft.setSlug(renamed);
        now(services -> services.editing().save(EDITOR, draft));
        assertThat(this.<Optional<String>>now(services -> services.articles().renamed(saved.getSlug()))).contains(renamed);
        assertThat(this.<Optional<Article>>now(services -> services.articles().findBySlug(renamed))).isPresent();

        ArticleDraft other = interview(unique("Usurpateur"));
        other.setSlug(saved.getSlug()); // the old address still belongs to the renamed article
        assertThatThrownBy(() -> now(services -> services.editing().save(EDITOR, other)))
            .isInstanceOfSatisfying(ArticleEditException.class,
                refused -> assertThat(refused.getKey()).isEqualTo(ArticleEditException.SLUG_TAKEN));
        toBin(saved.getId());
    }

    @Test
    void aDeletedArticleLeavesTheSiteAndTheBinGivesItBackUntilItIsPurged() {
        Article saved = now(services -> services.editing().save(EDITOR, interview(unique("Corbeille"))));
        Article published = now(services -> services.editing().publish(EDITOR, saved.getId(), saved.getVersion(), null));
        now(services -> services.editing().delete(EDITOR, saved.getId(), published.getVersion()));
        assertThat(this.<Optional<Article>>now(services -> services.articles().findBySlug(saved.getSlug()))).isEmpty();
        assertThat(this.<List<ArticleRow>>now(services -> services.editing().search(EDITOR, ArticleQuery.BIN, PageRequest.of(1, 100))
            .items())).extracting(ArticleRow::id).contains(saved.getId());
        now(services -> services.editing().restore(EDITOR, saved.getId()));
        assertThat(this.<Optional<Article>>now(services -> services.articles().findBySlug(saved.getSlug()))).isPresent();

        Article again = now(services -> services.editing().find(EDITOR, saved.getId()).orElseThrow());
        now(services -> services.editing().delete(EDITOR, saved.getId(), again.getVersion()));
        Instant later = NOW.plus(Duration.ofDays(31));
        assertThatThrownBy(() -> at(later, services -> services.editing().restore(EDITOR, saved.getId())))
            .isInstanceOfSatisfying(ArticleEditException.class,
                refused -> assertThat(refused.getKey()).isEqualTo(ArticleEditException.BIN_EXPIRED));
        assertThat(this.<Integer>at(later, services -> services.editing().purgeBin(later))).isGreaterThanOrEqualTo(1);
        assertThat(this.<Optional<Article>>now(services -> services.editing().find(EDITOR, saved.getId()))).isEmpty();
        assertThat(auditOf(saved.getId())).extracting(AuditEntry::getAction).contains(AuditAction.DELETE,
            AuditAction.RESTORE);
    }

    @Test
    void anOlderRevisionComesBackAsANewOne() {
        Article saved = now(services -> services.editing().save(AUTHOR, interview(unique("Version une"))));
        ArticleDraft draft = now(services -> services.editing().draft(AUTHOR, saved.getId()).orElseThrow());
        draft.setTitle("Version deux");
        draft.removeBlock(0);
        Article second = now(services -> services.editing().save(AUTHOR, draft));
        now(services -> services.editing().restoreRevision(AUTHOR, saved.getId(), second.getVersion(), 1));
        ArticleDraft restored = now(services -> services.editing().draft(AUTHOR, saved.getId()).orElseThrow());
        assertThat(restored.getTitle()).isEqualTo(saved.getTitle());
        assertThat(restored.getBlocks()).hasSize(2);
        List<ArticleRevision> revisions = now(services -> services.editing().revisions(AUTHOR, saved.getId()));
        assertThat(revisions).extracting(ArticleRevision::getNumber).containsExactly(3, 2, 1);
        assertThat(revisions.get(1).draft().getTitle()).isEqualTo("Version deux");
    }

    @Test
    void aPreviewLinkShowsADraftUntilItExpires() {
        Article saved = now(services -> services.editing().save(AUTHOR, interview(unique("Relecture"))));
        String token = now(services -> services.editing().sharePreview(AUTHOR, saved.getId(), Duration.ofDays(2)));
        assertThat(this.<Optional<Article>>now(services -> services.editing().previewed(token))).map(Article::getTitle)
            .contains(saved.getTitle());
        assertThat(this.<Optional<Article>>now(services -> services.editing().previewed(token + "x"))).isEmpty();
        assertThat(this.<Optional<Article>>at(NOW.plus(Duration.ofDays(3)), services -> services.editing().previewed(token))).isEmpty();
        Long stored = now(services -> services.entityManager().createQuery(
            "SELECT COUNT(p) FROM PreviewToken p WHERE p.tokenHash = :token", Long.class)
            .setParameter("token", token).getSingleResult());
        assertThat(stored).as("the token itself is never stored").isZero();
    }

    @Test
    void theListFindsByTitleAndStatusInTwoStatementsWhateverItHolds() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        now(services -> services.editing().save(AUTHOR, interview("Recherche 100% " + marker)));
        now(services -> services.editing().save(AUTHOR, interview("Recherche autre " + marker)));
        PageResult<ArticleRow> found = now(services -> services.editing().search(AUTHOR,
            new ArticleQuery("100% " + marker.toUpperCase(), ArticleStatus.DRAFT, "agriculture", "fr",
                "ruralitic-2019", false), PageRequest.of(1, 10)));
        assertThat(found.items()).extracting(ArticleRow::title).containsExactly("Recherche 100% " + marker);
        assertThat(found.items().get(0).editionName()).isEqualTo("RuraliTIC 2019");
        fixture.statements().reset();
        now(services -> services.editing().search(EDITOR, ArticleQuery.ALL, PageRequest.of(1, 3)));
        int few = fixture.statements().count();
        fixture.statements().reset();
        now(services -> services.editing().search(EDITOR, ArticleQuery.ALL, PageRequest.of(1, 50)));
        assertThat(fixture.statements().count()).isEqualTo(few).isLessThanOrEqualTo(2);
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        assertThatThrownBy(() -> now(services -> services.audit().entries(EDITOR, PageRequest.of(1, 10))))
            .isInstanceOf(AccessDeniedException.class);
        String title = unique("Journal");
        now(services -> services.editing().save(AUTHOR, interview(title)));
        PageResult<AuditEntry> log = now(services -> services.audit().entries(ADMINISTRATOR, PageRequest.of(1, 20)));
        assertThat(log.items()).filteredOn(entry -> title.equals(entry.getSubjectLabel()))
            .extracting(AuditEntry::getActor, AuditEntry::getAction)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("paul", AuditAction.CREATE));
    }

    private void toBin(Long id) {
        now(services -> services.editing().delete(EDITOR, id,
            services.editing().find(EDITOR, id).orElseThrow().getVersion()));
    }

    private List<AuditEntry> auditOf(Long id) {
        return now(services -> services.entityManager().createQuery(
            "SELECT e FROM AuditEntry e WHERE e.subjectId = :id ORDER BY e.id", AuditEntry.class)
            .setParameter("id", id).getResultList());
    }
}
