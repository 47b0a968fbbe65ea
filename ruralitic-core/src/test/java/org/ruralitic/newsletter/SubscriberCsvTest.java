package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriberCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(SubscriberCsv.field("jeanne@example.fr")).isEqualTo("jeanne@example.fr");
        assertThat(SubscriberCsv.field("/ruralitic/?a=1,2")).isEqualTo("\"/ruralitic/?a=1,2\"");
        assertThat(SubscriberCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SubscriberCsv.field(null)).isEmpty();
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SubscriberCsv.field("=HYPERLINK(\"http://evil.example\")@example.fr"))
            .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")@example.fr\"");
        assertThat(SubscriberCsv.field("+33@example.fr")).isEqualTo("'+33@example.fr");
        assertThat(SubscriberCsv.field("-jean@example.fr")).isEqualTo("'-jean@example.fr");
        assertThat(SubscriberCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SubscriberCsv.field("\tx")).isEqualTo("'\tx");
        assertThat(SubscriberCsv.field("jean-paul@example.fr")).isEqualTo("jean-paul@example.fr");
    }
}
