package org.ruralitic.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.ruralitic.access.AuditLog;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.ArticleTotals;
import org.ruralitic.content.ContentImporter;
import org.ruralitic.content.ImportReport;
import org.ruralitic.event.EditionService;
import org.ruralitic.guard.FormStamps;
import org.ruralitic.guard.RateLimiter;
import org.ruralitic.guard.Secrets;
import org.ruralitic.mail.JakartaMailSender;
import org.ruralitic.mail.OutboxDispatcher;
import org.ruralitic.media.MediaService;
import org.ruralitic.newsletter.IssueDispatcher;
import org.ruralitic.newsletter.NewsletterIssues;
import org.ruralitic.newsletter.NewsletterService;
import org.ruralitic.newsletter.Subscribers;
import org.ruralitic.partner.PartnerService;
import org.ruralitic.programme.ProgrammeService;
import org.ruralitic.schema.SchemaMigrator;
import org.ruralitic.theme.ThemeService;

/**
 * One database of one kind, migrated, on one JPA provider, with the services wired as CDI would wire them. Each
 * {@link #inTransaction(Clock, Function)} runs in its own entity manager, closed before the result is returned, so
 * that tests read results detached, as a view does.
 */
public final class Fixture implements AutoCloseable {

    /** "Now" for the tests: after the 2019 edition. */
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** The demo content of the sample portal, the content every suite starts from. */
    public static final Path DEMO_CONTENT = Path.of(System.getProperty("ruralitic.demo.content",
        "../ruralitic-it/src/main/resources/META-INF/ruralitic-content.json"));

    private final TestDatabase database;
    private final String name;
    private final DataSource dataSource;
    private final StatementCounter statements;
    private final EntityManagerFactory factory;
    private final Transactions transactions;
    // Shared by every transaction, as the application-scoped bean is by every request.
    private final ArticleTotals totals = new ArticleTotals(Duration.ofSeconds(30));
    private final Map<String, String> settings = new ConcurrentHashMap<>(Map.of(
        NewsletterService.BASE_URL, "https://www.cantal.fr/",
        JakartaMailSender.FROM, "Département du Cantal <newsletter@cantal.fr>"));

    /**
     * Creates the database, migrates it and opens the provider on it.
     *
     * @param database the kind of database.
     * @param provider the JPA provider.
     */
    public Fixture(TestDatabase database, JpaProvider provider) {
        this.database = database;
        this.name = TestDatabase.freshName();
        this.dataSource = database.open(name);
        SchemaMigrator.migrate(dataSource);
        this.statements = new StatementCounter(dataSource);
        this.factory = provider.open(statements);
        this.transactions = new ResourceLocalTransactions(factory);
    }

    /** @return the settings the services see, to change in a test (and restore). */
    public Map<String, String> settings() {
        return settings;
    }

    /** @return transactions of their own, as the container's {@link JtaTransactions}. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * @param smtpPort the port of the SMTP server on this machine.
     * @return a dispatcher of the outbox through Jakarta Mail to that server.
     */
    public OutboxDispatcher dispatcher(int smtpPort) {
        settings.put(JakartaMailSender.SMTP_HOST, "127.0.0.1");
        settings.put(JakartaMailSender.SMTP_PORT, Integer.toString(smtpPort));
        return new OutboxDispatcher(transactions, new JakartaMailSender(new Settings(settings::get)));
    }

    /**
     * @param smtpPort the port of the SMTP server on this machine.
     * @return a dispatcher of newsletter issues through Jakarta Mail to that server.
     */
    public IssueDispatcher issueDispatcher(int smtpPort) {
        settings.put(JakartaMailSender.SMTP_HOST, "127.0.0.1");
        settings.put(JakartaMailSender.SMTP_PORT, Integer.toString(smtpPort));
        Settings view = new Settings(settings::get);
        return new IssueDispatcher(transactions, new JakartaMailSender(view), view,
            new Secrets(transactions, clockAt(NOW)));
    }

    /** @return the data source of the database, not counted. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the counter of the statements the provider executes. */
    public StatementCounter statements() {
        return statements;
    }

    /**
     * @param <T> the result type.
     * @param clock the clock the services see.
     * @param work what to do with the services.
     * @return its result, detached.
     */
    public <T> T inTransaction(Clock clock, Function<Services, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(new Services(entityManager, clock, transactions, new Settings(settings::get), totals));
            transaction.commit();
            return result;
        }
        finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /**
     * @param <T> the result type.
     * @param work what to do with the services, at {@link #NOW}.
     * @return its result, detached.
     */
    public <T> T inTransaction(Function<Services, T> work) {
        return inTransaction(clockAt(NOW), work);
    }

    /**
     * @param json a content file.
     * @return what the import created.
     */
    public ImportReport importContent(String json) {
        return inTransaction(services -> services.importer().importContent(new StringReader(json)));
    }

    /** @return what importing the demo content created. */
    public ImportReport importDemo() {
        return importContent(demoContent());
    }

    /** @return the demo content file. */
    public static String demoContent() {
        try {
            return Files.readString(DEMO_CONTENT);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content at " + DEMO_CONTENT.toAbsolutePath(), e);
        }
    }

    /**
     * @param instant an instant.
     * @return a clock stopped at it, in Europe/Paris.
     */
    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, Zones.PARIS);
    }

    @Override
    public void close() {
        factory.close();
        database.close(name);
    }

    /**
     * The services on one entity manager, wired as CDI wires them.
     *
     * @param entityManager the entity manager.
     * @param clock the clock.
     * @param transactions transactions of their own, on the same database.
     * @param settings the settings.
     * @param totals the totals of the article lists, shared with the other transactions.
     */
    public record Services(EntityManager entityManager, Clock clock, Transactions transactions, Settings settings,
        ArticleTotals totals) {

        /**
         * The services, sharing no total of article lists.
         *
         * @param entityManager the entity manager.
         * @param clock the clock.
         * @param transactions transactions of their own, on the same database.
         * @param settings the settings.
         */
        public Services(EntityManager entityManager, Clock clock, Transactions transactions, Settings settings) {
            this(entityManager, clock, transactions, settings, new ArticleTotals(Duration.ZERO));
        }

        /** @return the shared secrets. */
        public Secrets secrets() {
            return new Secrets(transactions, clock);
        }

        /** @return the form stamps. */
        public FormStamps stamps() {
            return new FormStamps(secrets(), settings);
        }

        /** @return the rate limiter. */
        public RateLimiter limiter() {
            return new RateLimiter(transactions, secrets(), settings);
        }

        /** @return the newsletter service. */
        public NewsletterService newsletter() {
            return new NewsletterService(entityManager, transactions, clock, settings, stamps(), limiter(), secrets());
        }

        /** @return the theme service. */
        public ThemeService themes() {
            return new ThemeService(entityManager);
        }

        /** @return the edition service. */
        public EditionService editions() {
            return new EditionService(entityManager, clock);
        }

        /** @return the programme service. */
        public ProgrammeService programme() {
            return new ProgrammeService(entityManager);
        }

        /** @return the partner service. */
        public PartnerService partners() {
            return new PartnerService(entityManager);
        }

        /** @return the article service. */
        public ArticleService articles() {
            return new ArticleService(entityManager, clock, totals);
        }

        /** @return the newsletter issues. */
        public NewsletterIssues issues() {
            return new NewsletterIssues(entityManager, clock, settings, audit(), newsletter());
        }

        /** @return the subscribers, for administrators. */
        public Subscribers subscribers() {
            return new Subscribers(entityManager, clock, audit(), newsletter(), secrets());
        }

        /** @return the audit log. */
        public AuditLog audit() {
            return new AuditLog(entityManager, clock);
        }

        /** @return the back-office of articles. */
        public ArticleEditing editing() {
            return new ArticleEditing(entityManager, clock, audit(), totals);
        }

        /** @return the back-office of the programme (issue 12). */
        public org.ruralitic.programme.ProgrammeEditing programmeEditing() {
            return new org.ruralitic.programme.ProgrammeEditing(entityManager, clock, audit());
        }

        /** @return the back-office of editions (issue 12). */
        public org.ruralitic.event.EditionEditing editionEditing() {
            return new org.ruralitic.event.EditionEditing(entityManager, clock, audit(),
                java.util.List.of(new org.ruralitic.partner.SponsorshipCarryOver(entityManager)));
        }

        // Partners, tiers and themes editing (issue 12)
        /** @return the back-office of partners, tiers and walls. */
        public org.ruralitic.partner.PartnerEditing partnerEditing() {
            return new org.ruralitic.partner.PartnerEditing(entityManager, clock, audit());
        }

        /** @return the back-office of themes. */
        public org.ruralitic.theme.ThemeEditing themeEditing() {
            return new org.ruralitic.theme.ThemeEditing(entityManager, clock, audit());
        }

        /** @return the public-sector pages (issue 12). */
        public org.ruralitic.legal.LegalPages legal() {
            return new org.ruralitic.legal.LegalPages(entityManager, clock, settings, audit());
        }

        /** @return the media library. */
        public MediaService media() {
            return new MediaService(entityManager, clock, settings, audit());
        }

        /** @return the content importer. */
        public ContentImporter importer() {
            return new ContentImporter(themes(), editions(), programme(), partners(), articles(), clock);
        }
    }
}
