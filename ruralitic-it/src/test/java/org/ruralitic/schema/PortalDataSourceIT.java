package org.ruralitic.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.Settings;
import org.ruralitic.event.EditionService;
import org.ruralitic.it.SamplePortal;

/**
 * The sample portal pointed at the server's PostgreSQL data source with the one documented setting
 * ({@code datasource} in {@code META-INF/ruralitic.properties}): migrations, content and the JPA provider all use it.
 */
@ExtendWith(ArquillianExtension.class)
class PortalDataSourceIT {

    static final String WILDFLY_DATA_SOURCE = "java:jboss/datasources/RuraliticPostgreSQL";
    static final String PAYARA_DATA_SOURCE = "jdbc/ruraliticPostgreSQL";

    @Deployment
    static WebArchive portal() {
        return SamplePortal.war("portal-datasource", dataSourceName()).addClasses(PortalDataSourceIT.class,
            DefaultDataSourceIT.class);
    }

    // On the client: the name of the test server's PostgreSQL data source.
    static String dataSourceName() {
        return SamplePortal.onPayara() ? PAYARA_DATA_SOURCE : WILDFLY_DATA_SOURCE;
    }

    @Inject
    EditionService editions;

    @Inject
    ArticleService articles;

    @Test
    void migrationsAndContentWentToPostgreSql() throws SQLException, NamingException {
        DataSource postgresql = postgresql();
        assertThat(DefaultDataSourceIT.column(postgresql, "SELECT version()").get(0)).startsWith("PostgreSQL");
        assertThat(DefaultDataSourceIT.column(postgresql, DefaultDataSourceIT.MIGRATIONS)).containsSubsequence("1", "2");
        assertThat(DefaultDataSourceIT.column(postgresql, "SELECT name FROM rt_edition WHERE slug = 'ruralitic-2019'"))
            .containsExactly("RuraliTIC 2019");
    }

    @Test
    void theServicesWriteToPostgreSql() throws SQLException, NamingException {
        assertThat(editions.featured().orElseThrow().getName()).isEqualTo("RuraliTIC 2019");
        String slug = "preuve-postgresql-" + SamplePortal.server();
        articles.create(new Article(slug, "Preuve", "fr", Instant.now()));
        assertThat(DefaultDataSourceIT.column(postgresql(), "SELECT title FROM rt_article WHERE slug = '" + slug + "'"))
            .containsExactly("Preuve");
    }

    // In the server: the data source the deployed setting names.
    private static DataSource postgresql() throws NamingException {
        String name = new Settings().dataSource();
        assertThat(name).isIn(WILDFLY_DATA_SOURCE, PAYARA_DATA_SOURCE);
        return (DataSource) new InitialContext().lookup(name);
    }
}
