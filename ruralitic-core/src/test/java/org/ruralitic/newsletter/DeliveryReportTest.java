package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeliveryReportTest {

    @Test
    void aFailedRecipientWithAPermanentStatusIsAHardBounce() {
        String fields = "Reporting-MTA: dns; mx.example.fr\r\nArrival-Date: Tue, 1 Dec 2026 10:00:00 +0100\r\n\r\n"
            + "Final-Recipient: rfc822; Jeanne@Example.FR\r\nAction: failed\r\nStatus: 5.1.1 (user unknown)\r\n\r\n"
            + "Original-Recipient: rfc822;<paul@example.fr>\r\nFinal-Recipient: rfc822;<paul@example.fr>\r\n"
            + "Action: delayed\r\nStatus: 4.4.7\r\n";
        assertThat(DeliveryReport.hardBounces(fields)).containsExactly(
            new DeliveryReport.Bounce("jeanne@example.fr", "5.1.1"));
    }

    @Test
    void aTemporaryFailureIsNoBounce() {
        assertThat(DeliveryReport.hardBounces("Final-Recipient: rfc822; a@b.fr\nAction: failed\nStatus: 4.2.2\n"))
            .isEmpty();
        assertThat(DeliveryReport.hardBounces("garbage without fields")).isEmpty();
    }

    @Test
    void ourMessageIdNamesTheIssueAndTheSubscription() {
        DeliveryReport ours = new DeliveryReport(java.util.List.of(), Optional.of("<rt.12.345.AbCd_-x@www.cantal.fr>"));
        assertThat(ours.delivery()).hasValueSatisfying(ids -> assertThat(ids).containsExactly(12L, 345L));
        DeliveryReport theirs = new DeliveryReport(java.util.List.of(), Optional.of("<CAF=abc@mail.gmail.com>"));
        assertThat(theirs.delivery()).isEmpty();
    }
}
