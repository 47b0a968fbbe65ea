package org.ruralitic.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A portal agent in a browser without JavaScript: signs in through the sample portal's FORM login, keeps its session
 * cookie, follows redirects as a browser does, and posts Faces forms as they are on the page.
 */
public final class Agent {

    /** The password of every test user (src/test/payara/postboot.asadmin, src/test/wildfly-users/add-users.sh). */
    public static final String PASSWORD = "Secret-123";

    private final HttpClient client;
    private final URI base;
    private final String language;

    /**
     * @param deployment the URL Arquillian gives for the deployment.
     * @param language the browser's {@code Accept-Language}.
     */
    public Agent(URL deployment, String language) {
        this.base = URI.create(deployment.toString().replaceFirst("//[^:/]+", "//localhost"));
        this.language = language;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Signs in as the portal's login page asks: opens an admin page, meets the login form, posts it.
     *
     * @param deployment the deployment.
     * @param user a test user: paul (author), marie and claire (editors), admin (administrator), visiteur (no role).
     * @return the agent, signed in, and the page the login led back to.
     */
    public static Agent signedIn(URL deployment, String user) {
        Agent agent = new Agent(deployment, "fr-FR,fr;q=0.9");
        agent.signIn(user, PASSWORD);
        return agent;
    }

    /**
     * @param user the user name.
     * @param password the password.
     * @return the page after signing in (the admin page asked for first, or the login error page).
     */
    public HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> login = get("ruralitic/admin/");
        if (!login.body().contains("j_security_check")) {
            throw new IllegalStateException("No login form at " + login.uri() + " (" + login.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("j_username", user);
        form.put("j_password", password);
        return post("j_security_check", form);
    }

    /**
     * @param path a path relative to the deployment, or absolute.
     * @param headers more request headers, as name, value... (not sent again on a redirect).
     * @return the response, after following up to five redirects.
     */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return follow(send(request));
    }

    /**
     * @param path a path relative to the deployment.
     * @return the response, redirects not followed.
     */
    public HttpResponse<String> getOnce(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * @param path where to post, relative to the deployment or absolute.
     * @param form the fields.
     * @param headers more headers, as name, value...
     * @return the response, after following up to five redirects.
     */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return follow(send(request));
    }

    /**
     * Submits a Faces form of a page as a browser without JavaScript does: its fields as they are, changed by
     * {@code changes}, and the button clicked.
     *
     * @param page the page holding the form.
     * @param formId the form's id, such as {@code editor}.
     * @param button the clicked button's name (its client id), such as {@code editor:save}, or its name and value
     *            ({@code action=send}) among buttons of one name.
     * @param changes fields to set, by name.
     * @return the response, after following redirects.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button,
        Map<String, String> changes) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " in " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || "submit".equals(type) || "button".equals(type)) {
                continue;
            }
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.text()
                : input.tagName().equals("select") ? input.select("option[selected]").val() : input.val();
            fields.merge(name, value, (first, again) -> first);
        }
        fields.putAll(changes);
        // "action=send" picks one of several buttons of one name by its value.
        String[] nameAndValue = button.split("=", 2);
        Element clicked = form.select("[name=\"" + nameAndValue[0] + "\"]" + (nameAndValue.length == 2
            ? "[value=\"" + nameAndValue[1] + "\"]" : "")).first();
        if (clicked == null) {
            throw new IllegalStateException("No button " + button + " in form " + formId);
        }
        fields.put(nameAndValue[0], clicked.val());
        return post(form.absUrl("action"), fields, "Origin", origin());
    }

    /**
     * Submits a Faces form with a file, as a browser sends {@code multipart/form-data}.
     *
     * @param page the page holding the form.
     * @param formId the form's id.
     * @param button the clicked button's name.
     * @param changes fields to set, by name.
     * @param fileField the file input's name.
     * @param fileName the file's name, as the browser tells it.
     * @param contentType the type the browser claims.
     * @param bytes the file.
     * @return the response, after following redirects.
     */
    public HttpResponse<String> upload(HttpResponse<String> page, String formId, String button,
        Map<String, String> changes, String fileField, String fileName, String contentType, byte[] bytes) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " in " + page.uri());
        }
        String boundary = "----rt" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden], input[type=text], textarea")) {
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
        }
        fields.putAll(changes);
        fields.put(button, "x");
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return follow(send(HttpRequest.newBuilder(base.resolve(form.absUrl("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** @return the origin of the deployment, as a browser sends it in {@code Origin}: {@code http://localhost:8080}. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3
            && current.headers().firstValue("Location").isPresent(); hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").get());
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
