package org.ruralitic.faces.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EditionDatesTest {

    static final LocalDate FIRST = LocalDate.of(2019, 8, 27);
    static final LocalDate LAST = LocalDate.of(2019, 8, 29);

    @Test
    void frenchReadersSeeEveryDayAsTheOriginalSiteWroteThem() {
        assertThat(EditionDates.format(FIRST, LAST, Locale.FRENCH)).isEqualTo("27-28-29 août 2019");
    }

    @Test
    void englishReadersSeeARange() {
        assertThat(EditionDates.format(FIRST, LAST, Locale.UK)).isEqualTo("27–29 August 2019");
    }

    @Test
    void oneDayIsOneDate() {
        assertThat(EditionDates.format(LAST, LAST, Locale.FRENCH)).isEqualTo("29 août 2019");
    }

    @Test
    void daysAcrossMonthsOrYearsAreSpelledOut() {
        assertThat(EditionDates.format(LocalDate.of(2019, 8, 31), LocalDate.of(2019, 9, 1), Locale.FRENCH))
            .isEqualTo("31 août – 1 septembre 2019");
        assertThat(EditionDates.format(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), Locale.ENGLISH))
            .isEqualTo("31 December 2019 – 1 January 2020");
    }
}
