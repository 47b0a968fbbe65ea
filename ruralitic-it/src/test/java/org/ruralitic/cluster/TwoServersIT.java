package org.ruralitic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ruralitic.it.Agent;
import org.ruralitic.it.Mailbox;
import org.ruralitic.it.Visitor;

/**
 * Two servers of one portal behind one address, as a département runs them behind a load balancer: a WildFly
 * (Hibernate) and a Payara Micro (EclipseLink), started together on one fresh PostgreSQL schema, each sending its
 * mails through a relay of its own to one SMTP server. Visitors' requests go to either; nothing is sticky.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final String SCHEMA = "rt_it_cluster";
    private static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private static final Duration MIN_DELAY = Duration.ofSeconds(1);
    private static final int RATE_LIMIT = 3;
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern SAVED_ID = Pattern.compile("/ruralitic/admin/articles/(\\d+)\\?");

    // Flyway's advisory lock of a history table on PostgreSQL: a fixed number plus the hash of the table's name, as
    // Flyway 13 writes it (quoted; the unquoted form in case).
    private static final List<Long> FLYWAY_LOCKS = List.of("\"" + SCHEMA + "\".\"rt_schema_history\"",
        SCHEMA + ".rt_schema_history").stream().map(table -> 77_431_708_279_161L + table.hashCode()).toList();

    private static final Mailbox MAILBOX = new Mailbox();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static SmtpRelay wildFlyRelay;
    private static SmtpRelay payaraRelay;
    private static PortalServer wildFly;
    private static PortalServer payara;

    @BeforeAll
    static void startBothServersOnOneDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgresqlUrl() + "?user=postgres");
            Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        MAILBOX.start();
        wildFlyRelay = new SmtpRelay(MAILBOX.port());
        payaraRelay = new SmtpRelay(MAILBOX.port());
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "two-servers");
        URI database = URI.create(postgresqlUrl().substring("jdbc:".length()));
        // Both servers must reach the migrations at the same moment: the test holds Flyway's lock of the schema
        // until both are waiting for it, then lets them go.
        Connection lock = DriverManager.getConnection(postgresqlUrl() + "?user=postgres");
        for (long key : FLYWAY_LOCKS) {
            try (Statement statement = lock.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + key + ")");
            }
        }
        CompletableFuture<PortalServer> wildFlyStart = CompletableFuture.supplyAsync(() -> call(() -> PortalServer
            .wildFly(work.resolve("wildfly"), postgresqlUrl() + "?currentSchema=" + SCHEMA,
                "java:jboss/datasources/RuraliticCluster",
                settings("java:jboss/datasources/RuraliticCluster", wildFlyRelay.port()))));
        CompletableFuture<PortalServer> payaraStart = CompletableFuture.supplyAsync(() -> call(() -> PortalServer
            .payaraMicro(work.resolve("payara-micro"), List.of(
                "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                    + " --restype javax.sql.DataSource --property user=postgres:password=trust-auth-ignores-it"
                    + ":serverName=" + database.getHost() + ":portNumber=" + database.getPort()
                    + ":databaseName=" + database.getPath().substring(1) + ":currentSchema=" + SCHEMA
                    + " RuraliticCluster",
                "create-jdbc-resource --connectionpoolid RuraliticCluster jdbc/ruraliticCluster",
                "create-file-user --groups ruralitic-editor --passwordfile "
                    + System.getProperty("ruralitic.it.payara.passwordfile") + " --authrealmname file marie"),
                settings("jdbc/ruraliticCluster", payaraRelay.port()))));
        // Both kept before either failure is thrown, so that the other is stopped after all.
        wildFly = wildFlyStart.exceptionally(failure -> null).join();
        payara = payaraStart.exceptionally(failure -> null).join();
        wildFlyStart.join();
        payaraStart.join();
        try (lock) {
            // Payara Micro deploys at boot and is the slower; WildFly gets the WAR once Payara waits for the lock.
            awaitUntil(Duration.ofMinutes(4), "Payara Micro waiting for the migrations' lock", () -> waitingForLock(lock)
                >= 1 || payaraStopped());
            wildFly.deployPortal();
            awaitUntil(Duration.ofMinutes(3), "both servers waiting for the migrations' lock",
                () -> waitingForLock(lock) >= 2 || payaraStopped());
        }
        wildFly.awaitReady(Duration.ofMinutes(5));
        payara.awaitReady(Duration.ofMinutes(5));
    }

    // Sessions whose last statement was Flyway's attempt at its lock (it tries again every second).
    private static int waitingForLock(Connection lock) {
        String keys = FLYWAY_LOCKS.stream().map(key -> "query LIKE '%pg_try_advisory%" + key + "%'")
            .collect(java.util.stream.Collectors.joining(" OR "));
        try (Statement statement = lock.createStatement();
            ResultSet result = statement.executeQuery("SELECT count(DISTINCT pid) FROM pg_stat_activity"
                + " WHERE (" + keys + ") AND pid <> pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean payaraStopped() {
        if (!payara.isAlive()) {
            throw new AssertionError("Payara Micro ended" + payara.tail());
        }
        return false;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {wildFly, payara, wildFlyRelay, payaraRelay, MAILBOX}) {
            if (running != null) {
                running.close();
            }
        }
    }

    // What an integrator gives both servers: the same settings but the data source's name, here as RURALITIC_*
    // environment variables. A short cache.ttl and form delay keep the suite short; a rate limit of 3 per client.
    private static Map<String, String> settings(String dataSource, int smtpPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("datasource", dataSource);
        settings.put("cache.ttl", CACHE_TTL.toString());
        settings.put("newsletter.base.url", "https://portal.example");
        settings.put("newsletter.mail.from", "newsletter@portal.example");
        settings.put("newsletter.smtp.host", "127.0.0.1");
        settings.put("newsletter.smtp.port", Integer.toString(smtpPort));
        settings.put("newsletter.form.min.delay", MIN_DELAY.toString());
        settings.put("newsletter.rate.limit", RATE_LIMIT + "/PT10M");
        return settings;
    }

    @Test
    @Order(1)
    void bothStartTogetherAndTheMigrationsRanOnce() throws SQLException {
        List<String> versions = column("SELECT version || ':' || success || ':' || count(*) OVER (PARTITION BY version)"
            + " FROM rt_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertThat(versions).isNotEmpty().allMatch(row -> row.endsWith(":true:1"), "applied once, successfully")
            .contains("1:true:1", "6:true:1");
        // Both waited for the lock (see startBothServersOnOneDatabase); the one that got it second found nothing to do.
        assertThat(wildFly.console() + payara.console()).containsOnlyOnce("Successfully applied");
        assertThat(column("SELECT count(*) FROM rt_edition WHERE slug = 'ruralitic-2019'")).containsExactly("1");
        for (PortalServer server : List.of(wildFly, payara)) {
            HttpResponse<String> home = new Visitor(server.url(), "fr").get("ruralitic/");
            assertThat(home.statusCode()).as(server.name()).isEqualTo(200);
            assertThat(home.body()).as(server.name()).contains("RuraliTIC 2019");
        }
    }

    @Test
    @Order(2)
    void alternateSignUpsLeaveOneRowAndOneMailPerAddress() throws Exception {
        String a = unique("alternee");
        String b = unique("bascule");
        String c = unique("croisee");
        String d = unique("duo");
        List<SignUp> signUps = new ArrayList<>();
        for (Object[] step : new Object[][] {{a, wildFly}, {b, payara}, {a, payara}, {c, wildFly}, {b, wildFly},
            {c, payara}}) {
            signUps.add(SignUp.shownBy((PortalServer) step[1], (String) step[0]));
        }
        SignUp dOnWildFly = SignUp.shownBy(wildFly, d);
        SignUp dOnPayara = SignUp.shownBy(payara, d);
        PortalServer.pause(MIN_DELAY.plusMillis(250)); // a person's time to fill the form in
        for (SignUp signUp : signUps) {
            signUp.sendFrom(nextClient()).expectCheckYourInbox();
        }
        // The same address at the same moment on both servers.
        CompletableFuture<LoopbackClient.Answer> first = CompletableFuture.supplyAsync(() -> dOnWildFly
            .sendFrom(nextClient()).answer);
        CompletableFuture<LoopbackClient.Answer> second = CompletableFuture.supplyAsync(() -> dOnPayara
            .sendFrom(nextClient()).answer);
        for (LoopbackClient.Answer answer : List.of(first.join(), second.join())) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(303);
        }

        List<String> addresses = List.of(a, b, c, d);
        awaitUntil(MAIL_TIMEOUT, "every mail sent", () -> addresses.stream().allMatch(address -> !MAILBOX.to(address)
            .isEmpty()) && count("SELECT count(*) FROM rt_outbox WHERE status = 'PENDING'") == 0);
        for (String address : addresses) {
            assertThat(count("SELECT count(*) FROM rt_subscription WHERE email = '" + address + "'")).as(address)
                .isEqualTo(1);
            // Sent, and nothing left to send: no second mail can come.
            assertThat(column("SELECT status FROM rt_outbox WHERE recipient = '" + address + "'")).as(address)
                .containsExactly("SENT");
            assertThat(MAILBOX.to(address)).as(address).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void aFormStampMadeByOneServerIsCheckedByTheOther() throws Exception {
        String early = unique("presse");
        String fromWildFly = unique("stamp-wildfly");
        String fromPayara = unique("stamp-payara");
        // Too soon: the stamp Payara made says the form was shown less than a second ago, and WildFly believes it.
        SignUp.shownBy(payara, early).postTo(wildFly).sendFrom(nextClient()).expectCheckYourInbox();
        SignUp madeByWildFly = SignUp.shownBy(wildFly, fromWildFly).postTo(payara);
        SignUp madeByPayara = SignUp.shownBy(payara, fromPayara).postTo(wildFly);
        PortalServer.pause(MIN_DELAY.plusMillis(250));
        madeByWildFly.sendFrom(nextClient()).expectCheckYourInbox();
        madeByPayara.sendFrom(nextClient()).expectCheckYourInbox();

        MAILBOX.waitFor(fromWildFly, MAIL_TIMEOUT);
        MAILBOX.waitFor(fromPayara, MAIL_TIMEOUT);
        assertThat(count("SELECT count(*) FROM rt_subscription WHERE email IN ('" + fromWildFly + "', '" + fromPayara
            + "')")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM rt_subscription WHERE email = '" + early + "'")).isZero();
        assertThat(count("SELECT count(*) FROM rt_outbox WHERE recipient = '" + early + "'")).isZero();
    }

    @Test
    @Order(4)
    void theRateLimitCountsTheSignUpsOfAClientOnBothServers() throws Exception {
        String client = nextClient();
        List<String> addresses = new ArrayList<>();
        List<SignUp> signUps = new ArrayList<>();
        for (int i = 0; i < RATE_LIMIT + 2; i++) {
            addresses.add(unique("limite-" + i));
            signUps.add(SignUp.shownBy(i % 2 == 0 ? wildFly : payara, addresses.get(i)));
        }
        PortalServer.pause(MIN_DELAY.plusMillis(250));
        for (SignUp signUp : signUps) {
            signUp.sendFrom(client).expectCheckYourInbox(); // the same page for a client over the limit
        }
        for (int i = 0; i < addresses.size(); i++) {
            assertThat(count("SELECT count(*) FROM rt_subscription WHERE email = '" + addresses.get(i) + "'"))
                .as("sign-up %d of the client, on %s", i + 1, signUps.get(i).target.name())
                .isEqualTo(i < RATE_LIMIT ? 1 : 0);
        }
        // Another client is not held back by that one.
        String other = unique("voisin");
        SignUp.shownBy(payara, other).pausedAndSentFrom(nextClient()).expectCheckYourInbox();
        assertThat(count("SELECT count(*) FROM rt_subscription WHERE email = '" + other + "'")).isEqualTo(1);
        for (String address : addresses.subList(0, RATE_LIMIT)) {
            MAILBOX.waitFor(address, MAIL_TIMEOUT);
        }
        MAILBOX.waitFor(other, MAIL_TIMEOUT);
        // A mail is marked sent once the SMTP server has it.
        awaitUntil(MAIL_TIMEOUT, "an empty outbox", () -> count("SELECT count(*) FROM rt_outbox WHERE status = 'PENDING'")
            == 0);
        for (String address : addresses.subList(RATE_LIMIT, addresses.size())) {
            assertThat(MAILBOX.to(address)).as(address).isEmpty();
        }
    }

    @Test
    @Order(5)
    void anArticlePublishedOnOneServerShowsOnTheOtherWithinTheCacheTtl() throws Exception {
        String title = "Annonce commune " + UUID.randomUUID().toString().substring(0, 6);
        Visitor onPayara = new Visitor(payara.url(), "fr");
        assertThat(onPayara.get("ruralitic/articles").body()).doesNotContain(title); // now in Payara's page cache

        Agent marie = Agent.signedIn(wildFly.url(), "marie");
        HttpResponse<String> editor = marie.get("ruralitic/admin/articles/new");
        assertThat(editor.statusCode()).as(editor.body()).isEqualTo(200);
        HttpResponse<String> withBlock = marie.submit(editor, "editor", "editor:addParagraph",
            Map.of("editor:title", title));
        HttpResponse<String> saved = marie.submit(withBlock, "editor", "editor:save",
            Map.of("editor:blocks:0:text", "Publiée sur un serveur, lue sur l'autre."));
        Matcher id = SAVED_ID.matcher(saved.uri().toString());
        assertThat(id.find()).as(saved.uri() + "\n" + saved.body()).isTrue();
        HttpResponse<String> published = marie.submit(saved, "editor", "editor:publish", Map.of());
        assertThat(published.body()).contains("Article publié.");
        Instant publishedAt = Instant.now();

        assertThat(new Visitor(wildFly.url(), "fr").get("ruralitic/articles").body()).as("on WildFly at once")
            .contains(title);
        awaitUntil(CACHE_TTL.plusSeconds(5), "the article on Payara Micro", () -> onPayara.get("ruralitic/articles")
            .body().contains(title));
        assertThat(Duration.between(publishedAt, Instant.now())).isLessThanOrEqualTo(CACHE_TTL.plusSeconds(2));
    }

    @Test
    @Order(6)
    void aServerStoppedWhileSendingAMailLosesItTheOtherSendsIt() throws Exception {
        String address = unique("relais");
        awaitUntil(MAIL_TIMEOUT, "an empty outbox", () -> count("SELECT count(*) FROM rt_outbox WHERE status = 'PENDING'")
            == 0);
        wildFlyRelay.hold();
        payaraRelay.hold();
        SignUp.shownBy(wildFly, address).pausedAndSentFrom(nextClient()).expectCheckYourInbox();
        // Whichever server's dispatcher claims the mail is now waiting for the SMTP server's greeting.
        awaitUntil(Duration.ofSeconds(30), "a server sending the mail", () -> wildFlyRelay.held()
            + payaraRelay.held() > 0);
        boolean wildFlyWasSending = wildFlyRelay.held() > 0;
        PortalServer sending = wildFlyWasSending ? wildFly : payara;
        PortalServer other = wildFlyWasSending ? payara : wildFly;
        assertThat(column("SELECT status || ':' || attempts FROM rt_outbox WHERE recipient = '" + address + "'"))
            .containsExactly("PENDING:1");
        sending.kill();
        (wildFlyWasSending ? payaraRelay : wildFlyRelay).forward();

        // The claim lapses after its lease; then the other server sends the mail.
        MAILBOX.waitFor(address, Duration.ofMinutes(2).plus(MAIL_TIMEOUT));
        assertThat(other.isAlive()).isTrue();
        awaitUntil(MAIL_TIMEOUT, "the mail marked sent by " + other.name() + " after " + sending.name()
            + " was killed", () -> !"PENDING".equals(status(address)));
        assertThat(column("SELECT status || ':' || attempts FROM rt_outbox WHERE recipient = '" + address + "'"))
            .containsExactly("SENT:2");
        assertThat(MAILBOX.to(address)).hasSize(1);
    }

    /** A sign-up form as one server showed it, to be posted to that server or another. */
    private static final class SignUp {

        private final Map<String, String> fields;
        private final String action;
        private PortalServer target;
        private LoopbackClient.Answer answer;

        private SignUp(Map<String, String> fields, String action, PortalServer target) {
            this.fields = fields;
            this.action = action;
            this.target = target;
        }

        /** Gets the sign-up page of a server and fills its form in: address typed, box ticked, honeypot empty. */
        static SignUp shownBy(PortalServer server, String address) {
            HttpResponse<String> page = new Visitor(server.url(), "fr").get("ruralitic/newsletter");
            assertThat(page.statusCode()).isEqualTo(200);
            Element form = Jsoup.parse(page.body()).selectFirst("form[data-rt-signup]");
            assertThat(form).as(server.name() + " sign-up form").isNotNull();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input")) {
                switch (input.attr("type")) {
                    case "email" -> fields.put(input.attr("name"), address);
                    case "checkbox" -> fields.put(input.attr("name"), input.hasAttr("value") ? input.val() : "on");
                    case "submit", "button" -> { }
                    default -> fields.put(input.attr("name"), input.val());
                }
            }
            return new SignUp(fields, form.attr("action"), server);
        }

        SignUp postTo(PortalServer server) {
            target = server;
            return this;
        }

        SignUp pausedAndSentFrom(String client) {
            PortalServer.pause(MIN_DELAY.plusMillis(250));
            return sendFrom(client);
        }

        SignUp sendFrom(String client) {
            answer = LoopbackClient.post(client, target.base().resolve(action), fields);
            return this;
        }

        void expectCheckYourInbox() {
            assertThat(answer.status()).as(target.name() + ": " + answer.text()).isEqualTo(303);
            assertThat(answer.location()).contains("/ruralitic/newsletter/check-your-inbox");
        }
    }

    private static void awaitUntil(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            PortalServer.pause(Duration.ofMillis(500));
        }
    }

    // Each client its own address of the loopback network: 127.0.1.1, 127.0.1.2...
    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "127.0." + (n / 250 + 1) + "." + (n % 250 + 1);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String postgresqlUrl() {
        return System.getProperty("ruralitic.it.postgresql.url");
    }

    private static String status(String recipient) {
        try {
            return column("SELECT status FROM rt_outbox WHERE recipient = '" + recipient + "'").get(0);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try {
            return Long.parseLong(column(sql).get(0));
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> column(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgresqlUrl() + "?user=postgres&currentSchema="
            + SCHEMA); PreparedStatement query = connection.prepareStatement(sql);
            ResultSet result = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        }
        catch (RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
