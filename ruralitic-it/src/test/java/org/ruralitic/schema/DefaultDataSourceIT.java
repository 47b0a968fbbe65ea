package org.ruralitic.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.partner.PartnerService;
import org.ruralitic.partner.TierGroup;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeService;

/**
 * The sample portal, with no setting at all, on the server's default data source: the migrations ran there at
 * deployment, and the services read the demo edition back through the server's JPA provider.
 */
@ExtendWith(ArquillianExtension.class)
class DefaultDataSourceIT {

    // Flyway quotes its history table's names (lower case); ours are unquoted.
    static final String MIGRATIONS = "SELECT \"version\" FROM \"rt_schema_history\" WHERE \"success\" = TRUE"
        + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"";

    @Deployment
    static WebArchive portal() {
        return SamplePortal.war("default-datasource").addClass(DefaultDataSourceIT.class);
    }

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource defaultDataSource;

    @Inject
    EditionService editions;

    @Inject
    ProgrammeService programme;

    @Inject
    PartnerService partners;

    @Test
    void migrationsRanOnTheDefaultDataSource() throws SQLException {
        assertThat(column(defaultDataSource, MIGRATIONS)).containsSubsequence("1", "2");
        assertThat(column(defaultDataSource, "SELECT code FROM rt_partner_tier ORDER BY tier_rank"))
            .containsExactly("founding", "official", "supplier", "media", "associated");
        assertThat(column(defaultDataSource, "SELECT slug FROM rt_edition ORDER BY slug"))
            .containsExactly("ruralitic-2019", "smart-agri-forum-2019");
    }

    @Test
    void theServicesReturnTheDemoEdition() {
        Edition edition = editions.featured().orElseThrow();
        assertThat(edition.getName()).isEqualTo("RuraliTIC 2019");
        assertThat(edition.getVenue().getCity()).isEqualTo("Aurillac");
        assertThat(edition.getSocialLinks()).hasSize(4);
        List<ProgrammeDay> days = programme.byDay(edition);
        assertThat(days).hasSize(3);
        assertThat(days.get(1).sessions()).extracting(session -> session.getEdition().getName())
            .contains("Smart Agri Forum");
        assertThat(partners.wallOf(edition)).extracting(TierGroup::tier).extracting(tier -> tier.getCode())
            .containsExactly("founding", "official", "supplier", "media", "associated");
    }

    static List<String> column(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
