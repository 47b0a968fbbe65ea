package org.ruralitic.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void aFrenchTitleLosesItsAccentsAndPunctuation() {
        assertThat(Slugs.of("Cantal, Département pionnier du Numérique Rural"))
            .isEqualTo("cantal-departement-pionnier-du-numerique-rural");
        assertThat(Slugs.of("  L'œuvre des tiers-lieux : « Ça marche ! »  ")).isEqualTo("l-oeuvre-des-tiers-lieux-ca-marche");
    }

    @Test
    void aLongTitleIsCutBetweenWords() {
        String slug = Slugs.of("Le très haut débit pour toutes les communes du Cantal, des vallées aux plateaux, avant 2022");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches(Slugs.PATTERN).doesNotEndWith("-")
            .isEqualTo("le-tres-haut-debit-pour-toutes-les-communes-du-cantal-des-vallees-aux-plateaux");
    }

    @Test
    void nothingLeftGivesAPlaceholder() {
        assertThat(Slugs.of("!!! ???")).isEqualTo("sans-titre");
        assertThat(Slugs.of(null)).isEqualTo("sans-titre");
    }

    @Test
    void aSuffixKeepsTheSlugWithinItsLength() {
        assertThat(Slugs.withSuffix("programme", 2)).isEqualTo("programme-2");
        String longest = "a".repeat(Slugs.MAX_LENGTH);
        assertThat(Slugs.withSuffix(longest, 12)).hasSize(Slugs.MAX_LENGTH).endsWith("-12");
    }
}
