package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(EmailAddresses.normalise("  Jeanne.Martin@Cantal.FR\t")).isEqualTo("jeanne.martin@cantal.fr");
    }

    @Test
    void anInternationalisedDomainIsStoredInAscii() {
        assertThat(EmailAddresses.normalise("mairie@Saint-Flour-Élysée.fr"))
            .isEqualTo("mairie@xn--saint-flour-lyse-mqbd.fr");
        assertThat(EmailAddresses.normalise("contact@bücher.de")).isEqualTo("contact@xn--bcher-kva.de");
    }

    @ParameterizedTest
    @ValueSource(strings = { "jeanne", "jeanne@", "@cantal.fr", "jeanne@cantal", "jean ne@cantal.fr",
        "jeanne@cantal..fr", "jeanne@-cantal.fr", "jeanne@cantal.123", "jeanne.@cantal.fr", "a@b@cantal.fr",
        "jéanne@cantal.fr", "<jeanne@cantal.fr>" })
    void notAnAddressIsInvalid(String typed) {
        assertThatThrownBy(() -> EmailAddresses.normalise(typed)).isInstanceOf(SignUpException.class)
            .extracting("key").isEqualTo(SignUpException.EMAIL_INVALID);
    }

    @Test
    void anAddressOfMoreThan254CharactersIsTooLong() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".fr";
        assertThat(EmailAddresses.normalise("x@" + domain)).hasSize(2 + domain.length());
        assertThatThrownBy(() -> EmailAddresses.normalise("jeanne.martin@" + domain))
            .isInstanceOf(SignUpException.class).extracting("key").isEqualTo(SignUpException.EMAIL_TOO_LONG);
    }

    @Test
    void noAddressIsRequired() {
        assertThatThrownBy(() -> EmailAddresses.normalise(null)).extracting("key")
            .isEqualTo(SignUpException.EMAIL_REQUIRED);
    }

    @Test
    void theMessagesOfSignUpErrorsAreInFrenchAndEnglish() {
        SignUpException invalid = new SignUpException(SignUpException.EMAIL_INVALID);
        assertThat(invalid.getMessage(Locale.FRENCH)).isEqualTo("Cette adresse électronique n’est pas valide.");
        assertThat(invalid.getMessage(Locale.ENGLISH)).isEqualTo("This e-mail address is not valid.");
        assertThat(invalid.getMessage(Locale.GERMAN)).isEqualTo("Cette adresse électronique n’est pas valide.");
        assertThat(new SignUpException(SignUpException.CONSENT_REQUIRED).getMessage(Locale.CANADA))
            .startsWith("Please tick the box");
    }
}
