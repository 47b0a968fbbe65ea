package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralitic.common.Fixture.NOW;
import static org.ruralitic.common.Fixture.clockAt;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditEntry;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.PageRequest;
import org.ruralitic.mail.Smtp;

/**
 * The subscribers for administrators on one database and provider: counts, search, consent proof, a new
 * confirmation, export, and an erasure after which the address is nowhere in the database, the audit log holding only
 * its pseudonym. Run by {@code PersistenceSuite.SubscriberData}. Addresses of its own.
 */
public abstract class SubscribersSuite {

    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);

    private final Fixture fixture;
    private final Newsletters newsletters;

    protected SubscribersSuite(Fixture fixture) {
        this.fixture = fixture;
        this.newsletters = new Newsletters(fixture);
    }

    @Test
    void onlyAnAdministratorSeesSubscribers() {
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.subscribers().search(EDITOR, "example")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.subscribers().counts(EDITOR)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSearchFindsByPartOfTheAddressShowsTheConsentProofAndIsAuditedUnderAPseudonym() {
        newsletters.subscribe(clockAt(NOW), "proof.search@example.fr");
        List<Subscription> found = fixture.inTransaction(services -> services.subscribers().search(ADMIN,
            "  PROOF.SEARCH@ "));
        assertThat(found).extracting(Subscription::getEmail).containsExactly("proof.search@example.fr");
        Subscription proof = found.get(0);
        assertThat(proof.getConsentVersion()).isEqualTo(NewsletterService.DEFAULT_CONSENT_VERSION);
        assertThat(proof.getSubscribedAt()).isEqualTo(NOW);
        assertThat(proof.getSourcePage()).isEqualTo("/ruralitic/");
        // A wildcard typed is a character searched, not a wildcard.
        assertThat(fixture.<List<Subscription>>inTransaction(services -> services.subscribers().search(ADMIN, "%%%")))
            .isEmpty();
        assertThat(fixture.<List<Subscription>>inTransaction(services -> services.subscribers().search(ADMIN, "pr")))
            .as("too short to search").isEmpty();
        List<AuditEntry> entries = subscriberEntries();
        assertThat(entries).extracting(AuditEntry::getAction).contains(AuditAction.VIEW_PERSONAL_DATA);
        assertThat(entries).extracting(AuditEntry::getSubjectLabel).noneMatch(label -> label != null
            && label.contains("proof.search"));
    }

    @Test
    void aPendingSubscriberGetsANewLinkAndKeepsTheDateOfTheirConsent() {
        newsletters.subscribe(clockAt(NOW), "resend@example.fr");
        String first = newsletters.confirmToken("resend@example.fr");
        long id = newsletters.subscription("resend@example.fr").orElseThrow().getId();
        assertThat(fixture.<Boolean>inTransaction(clockAt(NOW.plusSeconds(60)), services -> services.subscribers()
            .resendConfirmation(ADMIN, id))).isTrue();
        String second = newsletters.confirmToken("resend@example.fr");
        assertThat(second).isNotEqualTo(first);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(first)))
            .isEqualTo(ConfirmOutcome.UNKNOWN);
        assertThat(fixture.<ConfirmOutcome>inTransaction(services -> services.newsletter().confirm(second)))
            .isEqualTo(ConfirmOutcome.CONFIRMED);
        assertThat(newsletters.subscription("resend@example.fr").orElseThrow().getSubscribedAt()).isEqualTo(NOW);
        assertThat(fixture.<Boolean>inTransaction(services -> services.subscribers().resendConfirmation(ADMIN, id)))
            .as("confirmed now").isFalse();
    }

    @Test
    void theExportHoldsTheConfirmedAndCountsSayHowManyOfEach() {
        newsletters.subscribe(clockAt(NOW), "export-pending@example.fr");
        newsletters.subscribe(clockAt(NOW), "export-confirmed@example.fr");
        String token = newsletters.confirmToken("export-confirmed@example.fr");
        fixture.inTransaction(services -> services.newsletter().confirm(token));
        Subscribers.Counts counts = fixture.inTransaction(services -> services.subscribers().counts(ADMIN));
        assertThat(counts.pending()).isPositive();
        assertThat(counts.confirmed()).isPositive();
        StringWriter csv = new StringWriter();
        fixture.inTransaction(services -> services.subscribers().exportConfirmed(ADMIN, csv));
        assertThat(csv.toString()).contains("export-confirmed@example.fr").doesNotContain("export-pending@example.fr");
    }

    @Test
    void anErasedSubscriberLeavesNoTraceOfTheirAddressInAnyTable() throws Exception {
        String address = "erase.me@example.fr";
        newsletters.subscribe(clockAt(NOW), address);
        String token = newsletters.confirmToken(address);
        fixture.inTransaction(services -> services.newsletter().confirm(token));
        // An issue is sent to them, so that a delivery and mails exist.
        NewsletterIssue issue = fixture.inTransaction(services -> {
            IssueDraft draft = new IssueDraft();
            draft.setSubject("Avant l’effacement");
            return services.issues().save(EDITOR, draft);
        });
        fixture.inTransaction(services -> services.issues().send(EDITOR, issue.getId(), issue.getVersion()));
        try (Smtp smtp = new Smtp()) {
            smtp.start();
            fixture.settings().put(IssueDispatcher.RATE, "0");
            fixture.issueDispatcher(smtp.port()).dispatchDue(NOW);
            fixture.dispatcher(smtp.port()).dispatchDue(NOW);
        }
        finally {
            fixture.settings().remove(IssueDispatcher.RATE);
        }
        assertThat(tablesHolding(address)).contains("rt_subscription", "rt_outbox");

        long id = fixture.<List<Subscription>>inTransaction(services -> services.subscribers().search(ADMIN, address))
            .get(0).getId();
        fixture.inTransaction(services -> services.subscribers().find(ADMIN, id));
        assertThat(fixture.<Boolean>inTransaction(services -> services.subscribers().erase(ADMIN, id))).isTrue();

        assertThat(tablesHolding(address)).isEmpty();
        assertThat(newsletters.outbox(address)).isEmpty();
        AuditEntry erasure = subscriberEntries().stream().filter(entry -> entry.getAction() == AuditAction.ERASE
            && Long.valueOf(id).equals(entry.getSubjectId())).findFirst().orElseThrow();
        assertThat(erasure.getSubjectLabel()).startsWith("p:").hasSize(18);
        assertThat(fixture.<Long>inTransaction(services -> ((Number) services.entityManager().createNativeQuery(
            "SELECT COUNT(*) FROM rt_newsletter_delivery WHERE subscription_id = ?").setParameter(1, id)
            .getSingleResult()).longValue())).isZero();
    }

    private List<AuditEntry> subscriberEntries() {
        return fixture.<List<AuditEntry>>inTransaction(services -> services.audit().entries(ADMIN,
            PageRequest.of(1, 100)).items()).stream().filter(entry -> "subscriber".equals(entry.getSubjectType()))
            .toList();
    }

    /** Every table of the library with a text column holding the value, by a scan of the whole database. */
    private Set<String> tablesHolding(String value) throws SQLException {
        Set<String> tables = new java.util.TreeSet<>();
        try (Connection connection = fixture.dataSource().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    int type = rows.getInt("DATA_TYPE");
                    if (table.toLowerCase(Locale.ROOT).startsWith("rt_") && Set.of(Types.VARCHAR, Types.CHAR,
                        Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR).contains(type)) {
                        columns.add(new String[] {table, rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(20);
            String quote = metadata.getIdentifierQuoteString();
            for (String[] column : columns) {
                try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + quote + column[0]
                    + quote + " WHERE " + quote + column[1] + quote + " LIKE ?")) {
                    query.setString(1, "%" + value + "%");
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            tables.add(column[0].toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return tables;
    }
}
