package org.ruralitic.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.PrivatePostgres;
import org.ruralitic.it.SamplePortal;
import org.ruralitic.it.ServerLog;
import org.ruralitic.it.Visitor;

/**
 * The portal's database stops under load and starts again, as a real one fails: public pages keep coming from the
 * page cache or answer the library's 503 page, a sign-up answers the 503 page with what was typed, and everything
 * works again once the database is back, without redeploying. The database is the tests' own PostgreSQL
 * ({@link PrivatePostgres}), never the machine's shared one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseFailureIT {

    private static final PrivatePostgres DATABASE = PrivatePostgres.ofBuild();
    private static final List<String> SEEN = List.of("ruralitic/", "ruralitic/articles", "ruralitic/programme",
        "ruralitic/partners", "ruralitic/speakers");
    private static final Pattern STAMP = Pattern.compile("name=\"rt-stamp\" value=\"([^\"]+)\"");
    private static final String UNAVAILABLE_PAGE = "<h1>Service momentanément indisponible</h1>";

    @Deployment(testable = false)
    static WebArchive portal() {
        String dataSource = SamplePortal.onPayara() ? "jdbc/ruraliticFailover"
            : "java:jboss/datasources/RuraliticFailover";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("datasource", dataSource);
        settings.put("newsletter.base.url", "https://portal.example");
        settings.put("newsletter.mail.from", "RuraliTIC <newsletter@portal.example>");
        settings.put("newsletter.dispatch", "false");
        settings.put("newsletter.form.min.delay", "PT0S");
        settings.put("newsletter.rate.limit", "10000/PT10M");
        return SamplePortal.war("database-failure", settings);
    }

    @ArquillianResource
    URL deployment;

    @AfterEach
    void databaseRunsAgain() {
        DATABASE.start(); // whatever happened, the next test and the build find it running
    }

    @Test
    void pagesAndSignUpsRideOutAFailureOfTheDatabaseAndRecoverByThemselves() throws Exception {
        Visitor visitor = new Visitor(deployment, "fr");
        for (String path : SEEN) {
            assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(200);
        }
        String stamp = stamp(visitor);
        String address = "panne-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger unseen = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int thread = 0; thread < 3; thread++) {
            load.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    // Pages kept in the page cache, and pages nobody asked for yet, which must be rendered; some
                    // twenty a second in all (each failure fills the server's log with a stack trace).
                    String path = i % 4 != 3 ? SEEN.get(i % SEEN.size())
                        : "ruralitic/articles?theme=agriculture&visit=" + unseen.incrementAndGet();
                    Thread.sleep(150);
                    HttpResponse<String> page = visitor.get(path);
                    if (page.statusCode() == 200) {
                        served.incrementAndGet();
                    }
                    else if (page.statusCode() == 503 && page.body().contains(UNAVAILABLE_PAGE)) {
                        unavailable.incrementAndGet();
                    }
                    else {
                        wrong.add(path + " → " + page.statusCode() + " " + page.body().substring(0,
                            Math.min(300, page.body().length())));
                    }
                }
                return null;
            });
        }
        Thread.sleep(1500);
        DATABASE.stop();
        try {
            Thread.sleep(2000);
            for (String path : SEEN) {
                assertThat(visitor.get(path).statusCode()).as(path + " from the page cache").isEqualTo(200);
            }
            HttpResponse<String> fresh = visitor.get("ruralitic/articles?theme=agriculture&visit=outage");
            assertThat(fresh.statusCode()).isEqualTo(503);
            assertThat(fresh.body()).contains(UNAVAILABLE_PAGE).doesNotContainPattern("[a-z]+\\.[a-zA-Z.]+Exception");
            assertThat(fresh.headers().firstValue("Retry-After")).isPresent();

            HttpResponse<String> signUp = visitor.post("ruralitic/newsletter", form(address, stamp), "Origin",
                visitor.origin());
            assertThat(signUp.statusCode()).isEqualTo(503);
            assertThat(signUp.body()).contains("Votre saisie est conservée")
                .containsPattern("<input id=\"rt-email\"[^>]* value=\"" + Pattern.quote(address) + "\"")
                .containsPattern("<input id=\"rt-consent\"[^>]* checked=\"checked\"")
                .doesNotContainPattern("[a-z]+\\.[a-zA-Z.]+Exception");
            Thread.sleep(2000);
        }
        finally {
            DATABASE.start();
        }

        // Back by itself: a page nobody saw renders, within a minute, with no redeployment.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        for (int attempt = 0; status != 200 && Instant.now().isBefore(deadline); attempt++) {
            status = visitor.get("ruralitic/articles?theme=agriculture&visit=after-" + attempt).statusCode();
            if (status != 200) {
                Thread.sleep(1000);
            }
        }
        assertThat(status).as("a new page after the restart").isEqualTo(200);
        Thread.sleep(1000);
        loading.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong).as(() -> "answers other than a page or the 503 page; the server's log says:\n"
            + ServerLog.from("the visitor got the error page", 60)).isEmpty();
        assertThat(served.get()).isPositive();
        assertThat(unavailable.get()).as("503 pages during the failure").isPositive();

        // The same visitor sends the form again: it goes through, and the database holds the sign-up.
        HttpResponse<String> again = visitor.post("ruralitic/newsletter", form(address, stamp(visitor)), "Origin",
            visitor.origin());
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(subscriptions(address)).isEqualTo(1);
    }

    private static String stamp(Visitor visitor) {
        Matcher stamp = STAMP.matcher(visitor.get("ruralitic/newsletter").body());
        assertThat(stamp.find()).as("a sign-up form").isTrue();
        return stamp.group(1);
    }

    private static Map<String, String> form(String address, String stamp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rt-email", address);
        form.put("rt-consent", "yes");
        form.put("rt-website", "");
        form.put("rt-stamp", stamp);
        form.put("rt-source", "/ruralitic/newsletter");
        form.put("lang", "fr");
        return form;
    }

    private static int subscriptions(String address) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE.url());
            PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM rt_subscription WHERE email = ?")) {
            query.setString(1, address);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
