package org.ruralitic.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The log of the server the tests run on, for the message of a failed assertion: when a page answered what it should
 * not, what the server logged about it says why, where a build's output is all there is to read.
 */
public final class ServerLog {

    private ServerLog() {
    }

    /** @return the log file of the server under test (which may not exist yet). */
    public static Path path() {
        return switch (SamplePortal.server()) {
            case "payara" -> Path.of(System.getProperty("java.io.tmpdir"), "payara-micro", "server.log");
            case "payara-server" -> Path.of(System.getProperty("payara.server.home"), "glassfish", "domains",
                System.getProperty("payara.server.domain"), "logs", "server.log");
            default -> Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");
        };
    }

    /**
     * @param marker a text of the log, such as a message of the library.
     * @param lines how many lines to give, from the first that holds it.
     * @return those lines, or a sentence saying that the log does not hold the text.
     */
    public static String from(String marker, int lines) {
        Path log = path();
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains(marker)) {
                    return String.join("\n", all.subList(i, Math.min(all.size(), i + lines)));
                }
            }
            return log + " does not say \"" + marker + "\"";
        }
        catch (IOException | RuntimeException e) {
            return log + " could not be read: " + e;
        }
    }
}
