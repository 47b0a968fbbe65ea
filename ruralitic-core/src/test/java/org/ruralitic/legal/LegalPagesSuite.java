package org.ruralitic.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Fixture;
import org.ruralitic.newsletter.NewsletterService;

/**
 * The public-sector pages on one database and provider: default texts made from the settings, an administrator's
 * text saved, refused over a newer one, reset; nobody else may change them. Run by {@code PersistenceSuite.Legal};
 * every test removes what it saved and restores the settings it changed.
 */
public abstract class LegalPagesSuite {

    private static final Actor ADMINISTRATOR = Actor.of("alice", Role.ADMINISTRATOR);
    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);

    private final Fixture fixture;

    protected LegalPagesSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    @AfterEach
    void removeEditedTexts() {
        fixture.settings().remove(NewsletterService.TOKEN_LIFETIME);
        fixture.settings().remove(LegalPages.DIRECTOR);
        fixture.settings().remove(LegalPages.RATE);
        fixture.settings().remove(LegalPages.AUDIT);
        fixture.inTransaction(services -> services.entityManager().createQuery("DELETE FROM LegalText")
            .executeUpdate());
    }

    private LegalPage page(LegalPageKind kind, Locale locale) {
        return fixture.inTransaction(services -> services.legal().page(kind, locale));
    }

    @Test
    void thePersonalDataPageStatesTheRetentionOfTheNewsletterSettingsInWords() {
        assertThat(page(LegalPageKind.PERSONAL_DATA, Locale.FRENCH).body()).contains("7 jours après la demande")
            .contains("30 jours dans la file d’envoi").contains("CNIL").contains("legal.dpo");
        fixture.settings().put(NewsletterService.TOKEN_LIFETIME, "P3D");
        LegalPage english = page(LegalPageKind.PERSONAL_DATA, Locale.ENGLISH);
        assertThat(english.body()).contains("3 days after the request").contains("for 30 days");
        assertThat(english.edited()).isFalse();
        assertThat(english.version()).isEqualTo(LegalPage.NOT_EDITED);
        assertThat(page(LegalPageKind.PERSONAL_DATA, Locale.FRENCH).body()).contains("3 jours après la demande");
    }

    @Test
    void theDefaultTextsNameThePublisherFromTheSettingsAndSayWhatIsLeftToFillIn() {
        LegalPage notice = page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH);
        // The fixture's sender is "Département du Cantal <newsletter@cantal.fr>".
        assertThat(notice.body()).contains("édité par Département du Cantal")
            .contains("[À compléter : nom et fonction du directeur ou de la directrice de la publication — réglage"
                + " legal.director]");
        fixture.settings().put(LegalPages.DIRECTOR, "Jeanne Martin, présidente du conseil départemental");
        assertThat(page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH).body())
            .contains("Jeanne Martin, présidente du conseil départemental").doesNotContain("legal.director");
        LegalPage statement = page(LegalPageKind.ACCESSIBILITY, Locale.ENGLISH);
        assertThat(statement.body()).contains("**not compliant**").contains("Défenseur des droits")
            .contains("axe-core").contains("https://www.cantal.fr/");
        assertThat(statement.html()).contains("<h2>Compliance status</h2>").contains("<strong>not compliant</strong>")
            .doesNotContain("## ");
    }

    @Test
    void theStatementSaysNotCompliantUntilAnAuditRateIsSetThenItsLevel() {
        Conformity before = fixture.inTransaction(services -> services.legal().conformity());
        assertThat(before).isEqualTo(Conformity.NOT_COMPLIANT);
        fixture.settings().put(LegalPages.RATE, "75 %");
        fixture.settings().put(LegalPages.AUDIT, "Access42 en octobre 2026");
        Conformity audited = fixture.inTransaction(services -> services.legal().conformity());
        assertThat(audited).isEqualTo(Conformity.PARTIALLY_COMPLIANT);
        assertThat(page(LegalPageKind.ACCESSIBILITY, Locale.FRENCH).body()).contains("**partiellement conforme**")
            .contains("réalisé par Access42 en octobre 2026 révèle que 75 % des critères")
            .contains("[À compléter : les critères non respectés relevés par l’audit]");
        fixture.settings().put(LegalPages.RATE, "100");
        assertThat(page(LegalPageKind.ACCESSIBILITY, Locale.ENGLISH).body()).contains("**fully compliant**")
            .doesNotContain("To fill in: the criteria");
    }

    @Test
    void anAdministratorsTextShowsInsteadOfTheDefaultUntilResetAndIsAudited() {
        LegalPage before = page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH);
        LegalPage saved = fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR,
            LegalPageKind.LEGAL_NOTICE, Locale.FRENCH, "## Éditeur\n\nLe **Département**", before.version()));
        assertThat(saved.edited()).isTrue();
        LegalPage shown = page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH);
        assertThat(shown.html()).isEqualTo("<h2>Éditeur</h2>\n<p>Le <strong>Département</strong></p>\n");
        assertThat(shown.updatedBy()).isEqualTo("alice");
        assertThat(page(LegalPageKind.LEGAL_NOTICE, Locale.ENGLISH).edited()).isFalse();
        List<LegalPage> all = fixture.inTransaction(services -> services.legal().pages(ADMINISTRATOR));
        assertThat(all).hasSize(6).filteredOn(LegalPage::edited).extracting(LegalPage::language)
            .containsExactly("fr");

        LegalPage reset = fixture.inTransaction(services -> services.legal().reset(ADMINISTRATOR,
            LegalPageKind.LEGAL_NOTICE, Locale.FRENCH, shown.version()));

        assertThat(reset.edited()).isFalse();
        assertThat(page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH).body()).isEqualTo(before.body());
        List<AuditEntry> entries = fixture.inTransaction(services -> services.entityManager().createQuery(
            "SELECT e FROM AuditEntry e WHERE e.subjectType = :type ORDER BY e.id", AuditEntry.class)
            .setParameter("type", LegalPages.SUBJECT).getResultList());
        assertThat(entries).extracting(AuditEntry::getAction).endsWith(AuditAction.EDIT, AuditAction.RESTORE);
        assertThat(entries).last().extracting(AuditEntry::getActor).isEqualTo("alice");
    }

    @Test
    void aSaveOverANewerTextIsRefusedAndTheNewerKept() {
        fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR, LegalPageKind.ACCESSIBILITY,
            Locale.ENGLISH, "Alice's statement", LegalPage.NOT_EDITED));
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR,
            LegalPageKind.ACCESSIBILITY, Locale.ENGLISH, "Bob's statement", LegalPage.NOT_EDITED)))
            .isInstanceOf(EditConflictException.class);
        LegalPage current = page(LegalPageKind.ACCESSIBILITY, Locale.ENGLISH);
        fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR, LegalPageKind.ACCESSIBILITY,
            Locale.ENGLISH, "Alice's second statement", current.version()));
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR,
            LegalPageKind.ACCESSIBILITY, Locale.ENGLISH, "Bob's statement", current.version())))
            .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().reset(ADMINISTRATOR,
            LegalPageKind.ACCESSIBILITY, Locale.ENGLISH, current.version())))
            .isInstanceOf(EditConflictException.class);
        assertThat(page(LegalPageKind.ACCESSIBILITY, Locale.ENGLISH).body()).isEqualTo("Alice's second statement");
    }

    @Test
    void onlyAnAdministratorChangesThePagesAndAnEmptyTextIsRefusedOnItsField() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().save(EDITOR,
            LegalPageKind.LEGAL_NOTICE, Locale.FRENCH, "Texte", LegalPage.NOT_EDITED)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().pages(EDITOR)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR,
            LegalPageKind.LEGAL_NOTICE, Locale.FRENCH, "  \n ", LegalPage.NOT_EDITED)))
            .isInstanceOfSatisfying(LegalTextRefusal.class, refusal -> {
                assertThat(refusal.getKey()).isEqualTo("admin.legal.error.empty");
                assertThat(refusal.getField()).isEqualTo(LegalTextRefusal.FIELD);
            });
        assertThat(page(LegalPageKind.LEGAL_NOTICE, Locale.FRENCH).edited()).isFalse();
    }

    @Test
    void aScriptInTheTextIsShownAsTextNeverAsMarkup() {
        fixture.inTransaction(services -> services.legal().save(ADMINISTRATOR, LegalPageKind.PERSONAL_DATA,
            Locale.FRENCH, "## <script>alert(1)</script>\n<script>alert(2)</script> [x](javascript:alert(3))",
            LegalPage.NOT_EDITED));
        String html = page(LegalPageKind.PERSONAL_DATA, Locale.FRENCH).html();
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:")
            .contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>").contains("&lt;script&gt;alert(2)");
    }
}
