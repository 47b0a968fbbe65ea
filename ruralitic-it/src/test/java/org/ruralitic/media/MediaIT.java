package org.ruralitic.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ruralitic.it.Agent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralitic.it.Browser;
import org.ruralitic.it.SamplePortal;

/**
 * The media library on a real server: an image stored through the service (by a test-only servlet of the
 * deployment) is served at its address with its real type and the headers that let browsers keep it for a year
 * and never run it; every other address answers 404; the back-office page renders its upload form, takes a
 * multipart POST and passes axe-core in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaIT {

    private static final Pattern VIEW_STATE = Pattern.compile(
        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"jakarta.faces.ViewState\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"rt-media-upload\"[^>]*action=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive portal() {
        return SamplePortal.war("media").addClass(MediaFixtureServlet.class);
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new java.net.CookieManager())
        .connectTimeout(Duration.ofSeconds(10)).build();

    private URI base() {
        // Payara Micro hands out the machine's address; it listens on all of them, localhost is the stable one.
        return URI.create(deployment.toString().replaceFirst("//[^:/]+", "//localhost"));
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stores an image through the service; returns its path (without the leading slash), digest, size, WxH. */
    private String[] stored(String type) {
        HttpResponse<byte[]> created = send("POST", "test/media?type=" + type);
        assertThat(created.statusCode()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        String[] lines = new String(created.body(), StandardCharsets.UTF_8).split("\n");
        lines[0] = lines[0].substring(1);
        return lines;
    }

    @Test
    void aStoredImageIsServedAtItsAddressWithItsTypeAndLongLivedSafeHeaders() throws Exception {
        for (String type : List.of("png", "jpeg", "webp")) {
            String[] image = stored(type);
            assertThat(image[0]).matches("ruralitic/media/[0-9]+-" + image[1].substring(0, 12) + "\\."
                + ("jpeg".equals(type) ? "jpg" : type));
            HttpResponse<byte[]> served = send("GET", image[0]);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("image/" + type));
            assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(served.headers().firstValue("ETag")).hasValue("\"" + image[1] + "\"");
            assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(served.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
            assertThat(served.body()).hasSize(Integer.parseInt(image[2]));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served.body())))
                .isEqualTo(image[1]);
        }
    }

    @Test
    void headSendsTheHeadersWithoutTheBytesAndARevalidationIsA304() {
        String[] image = stored("png");
        HttpResponse<byte[]> head = send("HEAD", image[0]);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(image[2]);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(head.body()).isEmpty();
        HttpResponse<byte[]> revalidated = send("GET", image[0], "If-None-Match", "\"" + image[1] + "\"");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void everyOtherAddressAnswers404() {
        String[] image = stored("png");
        Matcher address = Pattern.compile("ruralitic/media/([0-9]+)-([0-9a-f]{12})\\.png").matcher(image[0]);
        assertThat(address.matches()).isTrue();
        String id = address.group(1);
        String digest = address.group(2);
        String otherDigest = (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1);
        for (String path : List.of(
            "ruralitic/media/" + id + "-" + otherDigest + ".png", // not its bytes
            "ruralitic/media/" + id + "-" + digest + ".jpg", // not its type
            "ruralitic/media/" + id + "-" + digest.toUpperCase() + ".png",
            "ruralitic/media/" + id + "-" + digest + ".png.html",
            "ruralitic/media/" + id + "-" + digest,
            "ruralitic/media/0" + id + "-" + digest + ".png",
            "ruralitic/media/999999999-" + digest + ".png", // no such image
            "ruralitic/media/99999999999999999999999-" + digest + ".png", // no such number
            "ruralitic/media/" + id + ".png",
            "ruralitic/media/",
            "ruralitic/media",
            "ruralitic/media/x",
            "ruralitic/media/" + UUID.randomUUID())) {
            HttpResponse<byte[]> answer = send("GET", path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("immutable");
            assertThat(send("HEAD", path).statusCode()).as("HEAD " + path).isEqualTo(404);
        }
    }

    @Test
    void aDisguisedFileIsRefusedByTheServiceOnTheServer() {
        HttpResponse<byte[]> refused = send("POST", "test/media?type=html");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(MediaException.FILE_TYPE);
    }

    @Test
    void anAuthorUploadsThroughTheFormAndADisguisedFileIsRefusedKeepingWhatWasTyped() throws IOException {
        Agent paul = Agent.signedIn(deployment, "paul");
        HttpResponse<String> page = paul.get("ruralitic/admin/media");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Médiathèque</h1>").contains("enctype=\"multipart/form-data\"")
            .contains("type=\"file\"").contains("<legend>Ajouter une image</legend>");
        HttpResponse<String> refused = paul.upload(page, "rt-media-upload", "rt-media-upload:submit",
            Map.of("rt-media-upload:alt", "Vaches salers"), "rt-media-upload:file", "vaches.png", "image/png",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Ce fichier n’est pas une image JPEG, PNG ou WebP, quel que soit son nom.")
            .contains("value=\"Vaches salers\"").doesNotContain("a été ajoutée");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
            java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        HttpResponse<String> added = paul.upload(refused, "rt-media-upload", "rt-media-upload:submit",
            Map.of("rt-media-upload:alt", "Vaches salers"), "rt-media-upload:file", "vaches.png", "image/png",
            png.toByteArray());
        assertThat(added.body()).contains("a été ajoutée").contains("40 × 30");
        assertThat(new Agent(deployment, "fr").get("ruralitic/admin/media").body()).contains("j_security_check");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr-FR", "en-GB" })
    void theLibraryPageHasNoAccessibilityViolationBlankOrWithAMessage(String language) {
        try (Browser browser = Browser.signedIn(deployment, language, "paul")) {
            assertThat(browser.open("ruralitic/admin/media").accessibilityViolations()).as(language).isEmpty();
            assertThat(browser.all("label[for='rt-media-upload:file']")).hasSize(1);
            assertThat(browser.all("fieldset > legend")).hasSize(1);
            browser.type("[id='rt-media-upload:alt']", "Vaches salers").clickAndLoad("[id='rt-media-upload:submit']");
            assertThat(browser.text("[id='rt-media-upload:fileError']")).isEqualTo(language.startsWith("fr")
                ? "Choisissez un fichier image (JPEG, PNG ou WebP)." : "Choose an image file (JPEG, PNG or WebP).");
            assertThat(browser.all("[id='rt-media-upload:alt']").get(0).getAttribute("value")).isEqualTo("Vaches salers");
            assertThat(browser.accessibilityViolations()).as(language + ", with a message").isEmpty();
        }
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
