package org.ruralitic.newsletter;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;

import org.postgresql.ds.PGSimpleDataSource;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.common.Fixture;
import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.ResourceLocalTransactions;
import org.ruralitic.common.Settings;
import org.ruralitic.common.TestDatabase;
import org.ruralitic.guard.Secrets;
import org.ruralitic.mail.JakartaMailSender;
import org.ruralitic.schema.SchemaMigrator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Sending a newsletter issue to many confirmed subscribers through a real SMTP server (GreenMail, over TCP, in this
 * process), on PostgreSQL, for {@code bench/run}. The sending server is another process (the library's
 * {@link IssueDispatcher}, in a loop as the timer runs it, EclipseLink as on Payara, throttling off):
 * <ol>
 * <li>one issue is sent whole: mails per second, from the send to the last mail received;</li>
 * <li>a second issue: the sending process is killed ({@code SIGKILL}) once a share of the mails arrived, then
 * started again as a restarted server finds things, after the claim of the mail in flight ran out (its clock is
 * {@link IssueDispatcher#LEASE} ahead rather than the test waiting two minutes); the mails received are counted per
 * address: each subscriber exactly once is the pass.</li>
 * </ol>
 * {@code SendBenchmark [subscribers=10000] [killAt=0.4]}. Prints {@code SEND ...} lines, read by {@code bench/run}.
 */
public final class SendBenchmark {

    private static final Actor EDITOR = Actor.of("bench", Role.EDITOR);
    private static final Duration DEADLINE = Duration.ofMinutes(10);

    private SendBenchmark() {
    }

    /**
     * @param args subscribers, share of mails before the kill.
     * @throws Exception when the database or the mail server fails.
     */
    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        double killAt = args.length > 1 ? Double.parseDouble(args[1]) : 0.4;
        if (System.getProperty("ruralitic.test.postgresql.url") == null) {
            System.setProperty("ruralitic.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        }
        String schema = TestDatabase.freshName();
        DataSource raw = TestDatabase.POSTGRESQL.open(schema);
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        SignUpBenchmark.Pool pool = new SignUpBenchmark.Pool(raw);
        EntityManagerFactory factory = null;
        try {
            SchemaMigrator.migrate(raw);
            insertConfirmed(raw, subscribers);
            factory = JpaProvider.ECLIPSELINK.open(pool);

            // 1. One issue, sent whole.
            Instant start = Instant.now();
            long first = send(factory, "Lettre de mesure");
            Process server = server(schema, smtp.getSmtp().getPort(), 0);
            waitFor(smtp, subscribers, Instant.now().plus(DEADLINE));
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            server.destroyForcibly().waitFor();
            Map<String, Integer> firstCounts = counts(smtp, first);
            System.out.printf(Locale.ROOT, "SEND run=whole subscribers=%d delivered=%d distinct=%d seconds=%.2f"
                + " rate=%.1f%n", subscribers, sum(firstCounts), firstCounts.size(), seconds, subscribers / seconds);

            // 2. Another issue; the sending server is killed mid-send, then started again.
            long second = send(factory, "Lettre interrompue");
            Process doomed = server(schema, smtp.getSmtp().getPort(), 0);
            int before = smtp.getReceivedMessages().length;
            int killWhen = before + (int) (subscribers * killAt);
            waitFor(smtp, killWhen, Instant.now().plus(DEADLINE));
            doomed.destroyForcibly().waitFor();
            int atKill = smtp.getReceivedMessages().length - before;
            Process restarted = server(schema, smtp.getSmtp().getPort(), IssueDispatcher.LEASE.getSeconds() + 1);
            waitFor(smtp, before + subscribers, Instant.now().plus(DEADLINE));
            // Anything sent twice would arrive now: give the restarted server time to finish its batch.
            Thread.sleep(3000);
            restarted.destroyForcibly().waitFor();
            Map<String, Integer> secondCounts = counts(smtp, second);
            long twice = secondCounts.values().stream().filter(count -> count > 1).count();
            System.out.printf(Locale.ROOT, "SEND run=killed subscribers=%d killedAfter=%d delivered=%d distinct=%d"
                + " twice=%d missing=%d%n", subscribers, atKill, sum(secondCounts), secondCounts.size(), twice,
                subscribers - secondCounts.size());
        }
        finally {
            if (factory != null) {
                factory.close();
            }
            pool.closeAll();
            smtp.stop();
            TestDatabase.POSTGRESQL.close(schema);
        }
        System.exit(0);
    }

    /**
     * The sending server: {@code SendBenchmark$Server <schema> <smtp port> <clock offset in seconds>}, dispatching in
     * a loop as {@link IssueSchedule} does, until killed.
     */
    public static final class Server {

        private Server() {
        }

        /**
         * @param args schema, SMTP port, clock offset.
         * @throws Exception when the database fails.
         */
        public static void main(String[] args) throws Exception {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(System.getProperty("ruralitic.test.postgresql.url",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
            dataSource.setCurrentSchema(args[0]);
            Duration offset = Duration.ofSeconds(Long.parseLong(args[2]));
            EntityManagerFactory factory = JpaProvider.ECLIPSELINK.open(new SignUpBenchmark.Pool(dataSource));
            Map<String, String> values = settings(Integer.parseInt(args[1]));
            Settings settings = new Settings(values::get);
            ResourceLocalTransactions transactions = new ResourceLocalTransactions(factory);
            IssueDispatcher dispatcher = new IssueDispatcher(transactions, new JakartaMailSender(settings), settings,
                new Secrets(transactions, Clock.systemUTC()));
            while (true) {
                if (dispatcher.dispatchDue(Instant.now().plus(offset)) == 0) {
                    Thread.sleep(200);
                }
            }
        }
    }

    private static Map<String, String> settings(int smtpPort) {
        Map<String, String> values = new HashMap<>();
        values.put(NewsletterService.BASE_URL, "https://www.cantal.fr/");
        values.put(JakartaMailSender.FROM, "Département du Cantal <newsletter@cantal.fr>");
        values.put(JakartaMailSender.SMTP_HOST, "127.0.0.1");
        values.put(JakartaMailSender.SMTP_PORT, Integer.toString(smtpPort));
        values.put(IssueDispatcher.RATE, "0");
        return values;
    }

    private static long send(EntityManagerFactory factory, String subject) {
        var entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            Map<String, String> values = settings(25);
            Fixture.Services services = new Fixture.Services(entityManager, Clock.systemUTC(),
                new ResourceLocalTransactions(factory), new Settings(values::get));
            IssueDraft draft = new IssueDraft();
            draft.setSubject(subject);
            draft.setIntro("Bonjour, voici les *nouvelles* de la conférence.");
            draft.addSection();
            draft.getSections().get(0).setHeading("Au programme");
            draft.getSections().get(0).setText("Deux jours à **Aurillac**, vingt-six sessions.");
            NewsletterIssue saved = services.issues().save(EDITOR, draft);
            entityManager.flush();
            NewsletterIssue sending = services.issues().send(EDITOR, saved.getId(), saved.getVersion());
            entityManager.getTransaction().commit();
            return sending.getId();
        }
        finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    private static Process server(String schema, int smtpPort, long offsetSeconds) throws Exception {
        String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        for (String argument : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-javaagent:")) {
                command.add(argument); // EclipseLink weaves as on Payara
            }
        }
        command.addAll(List.of("-Druralitic.test.postgresql.url=" + System.getProperty("ruralitic.test.postgresql.url"),
            Server.class.getName(), schema, Integer.toString(smtpPort), Long.toString(offsetSeconds)));
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void insertConfirmed(DataSource dataSource, int subscribers) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO rt_subscription (id, version, email, status, locale, consent_version, subscribed_at,"
                + " confirmed_at, confirmation_mails) VALUES (?, 0, ?, 'CONFIRMED', 'fr', '2026-11', ?, ?, 1)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < subscribers; i++) {
                insert.setLong(1, 1_000_000L + i);
                insert.setString(2, "lecteur-" + i + "@example.org");
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    // GreenMail counts deliveries as they come; listing the received mails each time would slow its SMTP threads.
    private static void waitFor(GreenMail smtp, int received, Instant deadline) {
        long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        if (!smtp.waitForIncomingEmail(millis, received)) {
            throw new IllegalStateException("Only " + smtp.getReceivedMessages().length + " of " + received
                + " mails before the deadline");
        }
    }

    private static Map<String, Integer> counts(GreenMail smtp, long issueId) throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String id = mail.getMessageID();
            if (id != null && id.startsWith("<rt." + issueId + ".")) {
                counts.merge(mail.getAllRecipients()[0].toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
