package org.ruralitic.faces.embed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.event.EditionStatus;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.HttpCache;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.common.Router;
import org.ruralitic.text.Html;

/**
 * The oEmbed provider ({@code /ruralitic/oembed?url=…}, <a href="https://oembed.com/">oembed.com</a>): given the
 * address of a programme, partner wall, news list, article or edition page of this portal, answers a {@code rich}
 * embed whose HTML is a frame of its embed page. What WordPress or Drupal find through the discovery link of each of
 * those pages.
 * <p>
 * As the specification says: an address that is not one of those pages, or names nothing public, is a {@code 404};
 * a {@code format} other than {@code json} is a {@code 501}; {@code maxwidth} and {@code maxheight} that are not
 * positive whole numbers, or a missing {@code url}, a {@code 400}. Errors are problem details (RFC 9457) in the
 * requester's language; nothing of the request is echoed back.
 *
 * @since 0.1
 */
public class OEmbedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // The widest frame offered, in CSS pixels, and the one given when the consumer sets no limit.
    private static final int WIDTH = 640;

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern SAFE_VALUE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern SIZE = Pattern.compile("^[0-9]{1,5}$");
    private static final Pattern PROGRAMME = Pattern.compile("^/programme/?$");
    private static final Pattern PARTNERS = Pattern.compile("^/partners/?$");
    private static final Pattern NEWS = Pattern.compile("^/articles/?$");
    private static final Pattern ARTICLE = Pattern.compile("^/articles/" + SLUG + "/?$");
    private static final Pattern HOME = Pattern.compile("^/?$");
    private static final Pattern EDITION = Pattern.compile("^/editions/" + SLUG + "/?$");

    @Inject
    transient EditionService editions;

    @Inject
    transient ArticleService articles;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = PageLocale.of(request);
        String format = request.getParameter("format");
        if (format != null && !"json".equals(format)) {
            problem(request, response, HttpServletResponse.SC_NOT_IMPLEMENTED, "format", locale);
            return;
        }
        Integer maxWidth = size(request.getParameter("maxwidth"));
        Integer maxHeight = size(request.getParameter("maxheight"));
        if (maxWidth != null && maxWidth < 0 || maxHeight != null && maxHeight < 0) {
            problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "size", locale);
            return;
        }
        String url = request.getParameter("url");
        if (url == null || url.isBlank()) {
            problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "url", locale);
            return;
        }
        Optional<Target> target = target(request, url);
        if (target.isEmpty()) {
            problem(request, response, HttpServletResponse.SC_NOT_FOUND, "notFound", locale);
            return;
        }
        Target found = target.get();
        Locale shown = "en".equals(found.parameters().get("lang")) ? Locale.ENGLISH
            : "fr".equals(found.parameters().get("lang")) ? Locale.FRENCH : locale;
        found.parameters().put("lang", shown.getLanguage());
        String title = found.title(text(shown));
        int width = maxWidth == null ? WIDTH : Math.min(maxWidth, WIDTH);
        int height = maxHeight == null ? found.widget().height() : Math.min(maxHeight, found.widget().height());
        String origin = origin(request);
        String embed = origin + request.getContextPath() + Router.BASE + found.widget().embedPath(found.slug())
            + found.parameters().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&", "?", ""));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("version", "1.0").add("type", "rich")
            .add("title", title).add("provider_name", "RuraliTIC")
            .add("provider_url", origin + request.getContextPath() + Router.BASE + "/")
            .add("html", frame(embed, title, width, height)).add("width", width).add("height", height)
            .add("cache_age", 3600);
        response.setContentType("application/json;charset=UTF-8");
        // oEmbed consumers that run in a browser (editors' previews) read it from another origin.
        response.setHeader("Access-Control-Allow-Origin", "*");
        HttpCache.send(request, response, answer.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param source the address of an embed page.
     * @param title the frame's title.
     * @param width its width in CSS pixels, or {@code null} for the whole width.
     * @param height its height in CSS pixels.
     * @return the HTML of a frame showing it.
     */
    static String frame(String source, String title, Integer width, int height) {
        return "<iframe src=\"" + Html.escape(source) + "\" title=\"" + Html.escape(title) + "\" width=\""
            + (width == null ? "100%" : width.toString()) + "\" height=\"" + height
            + "\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
    }

    /** @return the page of this portal the address names, with its parameters, if it names a public one. */
    private Optional<Target> target(HttpServletRequest request, String url) {
        URI uri;
        try {
            uri = new URI(url.length() > 2000 ? "" : url.strip());
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawPath() == null
            || !ourOrigin(request, uri)) {
            return Optional.empty();
        }
        String prefix = request.getContextPath() + Router.BASE;
        String path = uri.getRawPath();
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        path = path.substring(prefix.length());
        Map<String, String> query = query(uri.getRawQuery());
        Matcher matcher;
        Widget widget;
        String slug = null;
        if (PROGRAMME.matcher(path).matches()) {
            widget = Widget.PROGRAMME;
        }
        else if (PARTNERS.matcher(path).matches()) {
            widget = Widget.PARTNERS;
        }
        else if (NEWS.matcher(path).matches()) {
            widget = Widget.NEWS;
        }
        else if ((matcher = ARTICLE.matcher(path)).matches()) {
            widget = Widget.ARTICLE;
            slug = matcher.group(1);
        }
        else if (HOME.matcher(path).matches()) {
            widget = Widget.EVENT;
        }
        else if ((matcher = EDITION.matcher(path)).matches()) {
            widget = Widget.EVENT;
            query.put("edition", matcher.group(1));
        }
        else {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : widget.parameters()) {
            if (query.containsKey(name)) {
                parameters.put(name, query.get(name));
            }
        }
        if (query.containsKey("lang") && query.get("lang").matches("^(fr|en)$")) {
            parameters.put("lang", query.get("lang"));
        }
        if (widget == Widget.ARTICLE) {
            Optional<Article> article = articles.findBySlug(slug);
            if (article.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Target(widget, slug, parameters, null, article.get().getTitle()));
        }
        Optional<Edition> edition = parameters.containsKey("edition")
            ? editions.findBySlug(parameters.get("edition")).filter(found -> found.getStatus() != EditionStatus.DRAFT)
            : editions.featured();
        if (parameters.containsKey("edition") && edition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(widget, null, parameters, edition.map(Edition::getName).orElse(null), null));
    }

    /** @return whether the address is on this portal: its public address ({@code base.url}) or the request's. */
    private boolean ourOrigin(HttpServletRequest request, URI uri) {
        String origin = (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        String defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? ":443" : ":80";
        String withoutDefault = origin.endsWith(defaultPort) ? origin.substring(0, origin.length() - defaultPort.length())
            : origin;
        return withoutDefault.equals(origin(request).toLowerCase(Locale.ROOT))
            || withoutDefault.equals(HttpCache.origin(request, null).toLowerCase(Locale.ROOT));
    }

    private String origin(HttpServletRequest request) {
        return HttpCache.origin(request, settings.get(Page.BASE_URL).orElse(null));
    }

    /** @return the parameters of a query whose values look like codes, slugs or dates; the others are dropped. */
    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String value;
            try {
                value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
            catch (IllegalArgumentException e) {
                continue;
            }
            if (value.length() <= 80 && SAFE_VALUE.matcher(value).matches()) {
                query.putIfAbsent(pair.substring(0, equals), value);
            }
        }
        return query;
    }

    /** @return the size, {@code null} when absent, -1 when it is not a positive whole number. */
    private static Integer size(String value) {
        if (value == null) {
            return null;
        }
        if (!SIZE.matcher(value).matches() || Integer.parseInt(value) == 0) {
            return -1;
        }
        return Integer.parseInt(value);
    }

    private static ResourceBundle text(Locale locale) {
        return ResourceBundle.getBundle(Formats.BUNDLE, locale, OEmbedServlet.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String key,
        Locale locale) throws IOException {
        ResourceBundle text = text(locale);
        byte[] body = Json.createObjectBuilder().add("type", "about:blank")
            .add("title", text.getString("oembed.status." + status)).add("status", status)
            .add("detail", text.getString("oembed.error." + key)).build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** A page to embed: what it is, its slug, its parameters, and what names it. */
    private record Target(Widget widget, String slug, Map<String, String> parameters, String editionName,
        String articleTitle) {
        String title(ResourceBundle text) {
            return switch (widget) {
                case ARTICLE -> articleTitle;
                case EVENT -> editionName == null ? "RuraliTIC" : editionName;
                case NEWS -> text.getString("articles.latest");
                case PROGRAMME -> text.getString("programme.title") + (editionName == null ? "" : " – " + editionName);
                case PARTNERS -> text.getString("partners.title") + (editionName == null ? "" : " – " + editionName);
            };
        }
    }
}
