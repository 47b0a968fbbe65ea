package org.ruralitic.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LegalMessagesTest {

    @Test
    void durationsAreSaidInWordsInBothLanguages() {
        assertThat(LegalMessages.inWords(Duration.ofDays(7), "fr")).isEqualTo("7 jours");
        assertThat(LegalMessages.inWords(Duration.ofDays(1), "fr")).isEqualTo("1 jour");
        assertThat(LegalMessages.inWords(Duration.ofDays(1), "en")).isEqualTo("1 day");
        assertThat(LegalMessages.inWords(Duration.ofDays(30), "en")).isEqualTo("30 days");
        assertThat(LegalMessages.inWords(Duration.ofHours(36), "fr")).isEqualTo("36 heures");
        assertThat(LegalMessages.inWords(Duration.ofMinutes(90), "en")).isEqualTo("90 minutes");
    }

    @Test
    void aPlaceholderSaysWhatToWriteAndWhichSettingHoldsIt() {
        assertThat(LegalMessages.todo("en", "host", LegalPages.HOST))
            .isEqualTo("[To fill in: name, address and telephone number of the host — setting legal.host]");
    }
}
