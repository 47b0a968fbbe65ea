package org.ruralitic.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.PageRequest;
import org.ruralitic.event.Edition;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeDraft;
import org.ruralitic.theme.ThemeEditException;

/**
 * Editing partners, tiers, walls and themes on one database and provider: a partner placed last of a tier, moved up
 * and shown so on the wall; tiers swapped although their rank is unique; refusals tied to their field; stale forms
 * refused; every change audited. Run by {@code PersistenceSuite.PartnerEdits} on the demo content; every test
 * removes what it created.
 */
public abstract class PartnerEditingSuite {

    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    private static final Actor AUTHOR = Actor.of("paul", Role.AUTHOR);
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final String EDITION = "ruralitic-2019";
    private static final String OFFICIAL = "official";
    private static final String LOGO = "/ruralitic/media/42-0123456789ab.png";

    private final Fixture fixture;

    protected PartnerEditingSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    private long edition() {
        return fixture.inTransaction(services -> services.editions().findBySlug(EDITION).orElseThrow().getId());
    }

    private PartnerTier official() {
        return fixture.inTransaction(services -> services.partners().findTier(OFFICIAL).orElseThrow());
    }

    private Partner newPartner(String name) {
        return fixture.inTransaction(services -> services.partnerEditing().savePartner(EDITOR,
            new PartnerDraft(null, 0, name, "https://partenaire.example", "Un partenaire de test", LOGO,
                name + " (logo)")));
    }

    private void deletePartner(long id) {
        fixture.inTransaction(services -> {
            PartnerDraft current = services.partnerEditing().partnerDraft(EDITOR, id);
            if (current != null) {
                services.partnerEditing().deletePartner(EDITOR, id, current.version());
            }
            return null;
        });
    }

    private List<String> officialSlugs(long edition) {
        return fixture.inTransaction(services -> services.partners().wallOf(services.entityManager()
            .find(Edition.class, edition))).stream().filter(group -> group.tier().getCode().equals(OFFICIAL))
            .findFirst().orElseThrow().partners().stream().map(Partner::getSlug).toList();
    }

    private Sponsorship placeOf(long edition, long partner) {
        return fixture.inTransaction(services -> services.partnerEditing().sponsorships(EDITOR, edition)).stream()
            .filter(place -> place.getPartner().getId().equals(partner)).findFirst().orElseThrow();
    }

    @Test
    void anAuthorCannotEditPartnersTiersWallsOrThemes() {
        long edition = edition();
        PartnerTier tier = official();
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().partners(AUTHOR)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().savePartner(AUTHOR,
            new PartnerDraft(null, 0, "Intrus", null, null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().moveTier(AUTHOR,
            tier.getId(), tier.getVersion(), true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().sponsorships(AUTHOR,
            edition))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.themeEditing().save(AUTHOR,
            new ThemeDraft(null, 0, "intrus", "Intrus", "Intruder")))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.<List<Partner>>inTransaction(services -> services.partnerEditing().partners(EDITOR)))
            .extracting(Partner::getName).doesNotContain("Intrus");
    }

    @Test
    void aLogoWithoutItsAlternativeTextIsRefusedOnThatField() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().savePartner(EDITOR,
            new PartnerDraft(null, 0, "Sans texte", null, null, LOGO, "  "))))
            .isInstanceOfSatisfying(PartnerEditException.class, refusal -> {
                assertThat(refusal.getKey()).isEqualTo(PartnerEditException.LOGO_ALT_REQUIRED);
                assertThat(refusal.getField()).isEqualTo("logoAlt");
            });
        assertThat(fixture.<List<Partner>>inTransaction(services -> services.partnerEditing().partners(EDITOR)))
            .extracting(Partner::getName).doesNotContain("Sans texte");
    }

    @Test
    void aPartnerAddedLastOfATierAndMovedUpIsShownInThatOrderOnTheWall() {
        long edition = edition();
        List<String> before = officialSlugs(edition);
        Partner partner = newPartner("Réseau <b>Test</b> Planèze");
        try {
            assertThat(partner.getSlug()).isEqualTo("reseau-b-test-b-planeze");
            Sponsorship place = fixture.inTransaction(services -> services.partnerEditing().sponsor(EDITOR, edition,
                partner.getId(), official().getId()));
            assertThat(officialSlugs(edition)).last().isEqualTo(partner.getSlug());

            Sponsorship read = placeOf(edition, partner.getId());
            assertThat(fixture.<Boolean>inTransaction(services -> services.partnerEditing().moveSponsorship(EDITOR,
                read.getId(), read.getVersion(), true))).isTrue();

            List<String> after = officialSlugs(edition);
            assertThat(after).hasSize(before.size() + 1);
            assertThat(after.get(after.size() - 2)).isEqualTo(partner.getSlug());
            assertThat(after.get(after.size() - 1)).isEqualTo(before.get(before.size() - 1));

            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().moveSponsorship(
                EDITOR, read.getId(), read.getVersion(), true))).isInstanceOf(EditConflictException.class);
            Sponsorship moved = placeOf(edition, partner.getId());
            assertThat(fixture.<Boolean>inTransaction(services -> services.partnerEditing().moveSponsorship(EDITOR,
                moved.getId(), moved.getVersion(), false))).isTrue();
            assertThat(officialSlugs(edition)).last().isEqualTo(partner.getSlug());
            Sponsorship last = placeOf(edition, partner.getId());
            assertThat(fixture.<Boolean>inTransaction(services -> services.partnerEditing().moveSponsorship(EDITOR,
                last.getId(), last.getVersion(), false))).isFalse();

            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().sponsor(EDITOR,
                edition, partner.getId(), official().getId()))).isInstanceOfSatisfying(PartnerEditException.class,
                    refusal -> assertThat(refusal.getKey()).isEqualTo(PartnerEditException.ALREADY_ON_WALL));
            assertThatThrownBy(() -> deletePartner(partner.getId())).isInstanceOfSatisfying(
                PartnerEditException.class, refusal -> assertThat(refusal.getKey())
                    .isEqualTo(PartnerEditException.ON_A_WALL));

            fixture.inTransaction(services -> {
                services.partnerEditing().withdraw(EDITOR, last.getId(), last.getVersion());
                return null;
            });
            assertThat(officialSlugs(edition)).isEqualTo(before);
            assertThat(place.getDisplayOrder()).isPositive();
        }
        finally {
            fixture.inTransaction(services -> {
                services.partnerEditing().sponsorships(EDITOR, edition).stream()
                    .filter(s -> s.getPartner().getId().equals(partner.getId()))
                    .forEach(s -> services.partnerEditing().withdraw(EDITOR, s.getId(), s.getVersion()));
                return null;
            });
            deletePartner(partner.getId());
        }
        assertThat(fixture.<java.util.Optional<Partner>>inTransaction(services -> services.partners().findPartner(partner.getSlug())))
            .isEmpty();
    }

    @Test
    void aPartnerSavedOnAStaleFormIsRefusedAndTheOtherChangeKeptAndAudited() {
        Partner partner = newPartner("Partenaire disputé");
        try {
            PartnerDraft read = fixture.inTransaction(services -> services.partnerEditing().partnerDraft(EDITOR,
                partner.getId()));
            assertThat(read.logoAlt()).isEqualTo("Partenaire disputé (logo)");
            fixture.inTransaction(services -> services.partnerEditing().savePartner(EDITOR, new PartnerDraft(
                read.id(), read.version(), "Partenaire de Marie", read.websiteUrl(), read.description(), null,
                null)));
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().savePartner(EDITOR,
                new PartnerDraft(read.id(), read.version(), "Partenaire de Paul", read.websiteUrl(),
                    read.description(), read.logoUrl(), read.logoAlt())))).isInstanceOf(EditConflictException.class);
            PartnerDraft now = fixture.inTransaction(services -> services.partnerEditing().partnerDraft(EDITOR,
                partner.getId()));
            assertThat(now.name()).isEqualTo("Partenaire de Marie");
            assertThat(now.logoUrl()).isNull();
            List<AuditEntry> log = fixture.inTransaction(services -> services.audit().entries(ADMIN,
                PageRequest.of(1, 5)).items());
            assertThat(log).first().satisfies(entry -> {
                assertThat(entry.getAction()).isEqualTo(AuditAction.EDIT);
                assertThat(entry.getSubjectType()).isEqualTo(PartnerEditing.PARTNER);
                assertThat(entry.getSubjectId()).isEqualTo(partner.getId());
                assertThat(entry.getActor()).isEqualTo("marie");
            });
        }
        finally {
            deletePartner(partner.getId());
        }
    }

    @Test
    void aNewTierGoesLastAndSwapsPlacesAlthoughRanksAreUnique() {
        List<String> before = fixture.inTransaction(services -> services.partnerEditing().tiers(EDITOR)).stream()
            .map(PartnerTier::getCode).toList();
        PartnerTier tier = fixture.inTransaction(services -> services.partnerEditing().saveTier(EDITOR,
            new TierDraft(null, 0, "soutiens-test", "Soutiens", "Supporters", LogoSize.SMALL)));
        try {
            assertThat(codes()).last().isEqualTo("soutiens-test");
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().saveTier(EDITOR,
                new TierDraft(null, 0, "soutiens-test", "Autres", "Others", LogoSize.SMALL))))
                .isInstanceOfSatisfying(PartnerEditException.class, refusal -> {
                    assertThat(refusal.getKey()).isEqualTo(PartnerEditException.TIER_CODE_TAKEN);
                    assertThat(refusal.getField()).isEqualTo("code");
                });

            TierDraft read = fixture.inTransaction(services -> services.partnerEditing().tierDraft(EDITOR,
                tier.getId()));
            assertThat(fixture.<Boolean>inTransaction(services -> services.partnerEditing().moveTier(EDITOR, tier.getId(),
                read.version(), true))).isTrue();
            List<String> moved = codes();
            assertThat(moved.get(moved.size() - 2)).isEqualTo("soutiens-test");
            assertThat(moved.get(moved.size() - 1)).isEqualTo(before.get(before.size() - 1));

            TierDraft again = fixture.inTransaction(services -> services.partnerEditing().tierDraft(EDITOR,
                tier.getId()));
            fixture.inTransaction(services -> services.partnerEditing().saveTier(EDITOR, new TierDraft(again.id(),
                again.version(), again.code(), "Soutiens locaux", "Local supporters", LogoSize.MEDIUM)));
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().moveTier(EDITOR,
                tier.getId(), again.version(), false))).isInstanceOf(EditConflictException.class);
            TierDraft relabelled = fixture.inTransaction(services -> services.partnerEditing().tierDraft(EDITOR,
                tier.getId()));
            assertThat(relabelled.english()).isEqualTo("Local supporters");
            assertThat(relabelled.logoSize()).isEqualTo(LogoSize.MEDIUM);
            assertThat(fixture.<Boolean>inTransaction(services -> services.partnerEditing().moveTier(EDITOR, tier.getId(),
                relabelled.version(), false))).isTrue();
            assertThat(codes()).last().isEqualTo("soutiens-test");
        }
        finally {
            fixture.inTransaction(services -> {
                services.entityManager().remove(services.entityManager().find(PartnerTier.class, tier.getId()));
                return null;
            });
        }
        assertThat(codes()).isEqualTo(before);
    }

    private List<String> codes() {
        return fixture.inTransaction(services -> services.partnerEditing().tiers(EDITOR)).stream()
            .map(PartnerTier::getCode).toList();
    }

    @Test
    void aThemeIsCreatedRelabelledAndItsCodeKeptUnique() {
        Theme theme = fixture.inTransaction(services -> services.themeEditing().save(EDITOR,
            new ThemeDraft(null, 0, "theme-de-test", "Thème de test", "Test theme")));
        try {
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.themeEditing().save(EDITOR,
                new ThemeDraft(null, 0, "theme-de-test", "Autre", "Other")))).isInstanceOfSatisfying(
                    ThemeEditException.class, refusal -> assertThat(refusal.getField()).isEqualTo("code"));
            ThemeDraft read = fixture.inTransaction(services -> services.themeEditing().draft(EDITOR, theme.getId()));
            fixture.inTransaction(services -> services.themeEditing().save(EDITOR, new ThemeDraft(read.id(),
                read.version(), "ignore", "Thème renommé", "Renamed theme")));
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.themeEditing().save(EDITOR,
                new ThemeDraft(read.id(), read.version(), read.code(), "Perdu", "Lost"))))
                .isInstanceOf(EditConflictException.class);
            assertThat(fixture.<java.util.Optional<Theme>>inTransaction(services -> services.themes().findByCode("theme-de-test")))
                .hasValueSatisfying(saved -> assertThat(saved.getLabel().getEnglish()).isEqualTo("Renamed theme"));
        }
        finally {
            fixture.inTransaction(services -> {
                services.entityManager().remove(services.entityManager().find(Theme.class, theme.getId()));
                return null;
            });
        }
    }

    @Test
    void aPartnerShownInAnotherTierGoesLastOfItAndTheListOfPartnersCostsOneStatement() {
        long edition = edition();
        Partner partner = newPartner("Partenaire promu");
        try {
            PartnerTier media = fixture.inTransaction(services -> services.partners().findTier("media").orElseThrow());
            Sponsorship place = fixture.inTransaction(services -> services.partnerEditing().sponsor(EDITOR, edition,
                partner.getId(), media.getId()));
            fixture.inTransaction(services -> services.partnerEditing().changeTier(EDITOR, place.getId(),
                place.getVersion(), official().getId()));
            assertThat(officialSlugs(edition)).last().isEqualTo(partner.getSlug());
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.partnerEditing().changeTier(EDITOR,
                place.getId(), place.getVersion(), media.getId()))).isInstanceOf(EditConflictException.class);

            fixture.statements().reset();
            List<Partner> all = fixture.inTransaction(services -> services.partnerEditing().partners(EDITOR));
            assertThat(fixture.statements().count()).isEqualTo(1);
            assertThat(all).extracting(Partner::getName).contains("Partenaire promu");
        }
        finally {
            fixture.inTransaction(services -> {
                services.partnerEditing().sponsorships(EDITOR, edition).stream()
                    .filter(s -> s.getPartner().getId().equals(partner.getId()))
                    .forEach(s -> services.partnerEditing().withdraw(EDITOR, s.getId(), s.getVersion()));
                return null;
            });
            deletePartner(partner.getId());
        }
    }

    @Test
    void aWallInTheBackOfficeCostsOneStatement() {
        long edition = edition();
        fixture.statements().reset();
        List<Sponsorship> wall = fixture.inTransaction(services -> services.partnerEditing().sponsorships(EDITOR,
            edition));
        assertThat(fixture.statements().count()).isEqualTo(1);
        assertThat(wall).hasSize(14);
        assertThat(wall).extracting(place -> place.getPartner().getName()).doesNotContainNull();
    }
}
