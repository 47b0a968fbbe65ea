package org.ruralitic.faces.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.common.Router;
import org.ruralitic.text.Html;

/**
 * What a drop-in page tells other sites about embedding it: its oEmbed discovery link, and the snippets of
 * "Intégrer sur votre site" (a frame of its embed page, or its web component with the script). Also the number of
 * articles an embed page of the news shows ({@code ?count=}, 1 to 20).
 * <p>
 * Only the page's own parameters that look like codes, slugs or dates are carried into the snippets
 * ({@link Page#param(String)}); the language is the page's.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;link rel="alternate" type="application/json+oembed" href="#{rtEmbed.oembed}"/&gt;
 * </pre>
 *
 * @since 0.1
 */
@Named("rtEmbed")
@RequestScoped
public class EmbedLinks {

    /** The most articles an embed of the news shows. */
    public static final int MAX_COUNT = 20;

    @Inject
    Page page;

    @Inject
    PageLocale locale;

    /** @return how many articles the embed page of the news shows: {@code ?count=}, 5 by default, 20 at most. */
    public int getCount() {
        return Math.min(page.number("count", 5), MAX_COUNT);
    }

    /** @return whether this page can be embedded, so has a snippet and an oEmbed link. */
    public boolean isEmbeddable() {
        return widget() != null;
    }

    /** @return the address of this page's oEmbed answer, for its discovery link; {@code null} if it has none. */
    public String getOembed() {
        Widget widget = widget();
        if (widget == null) {
            return null;
        }
        String url = page.absolute(Router.BASE + widget.pagePath(page.getSlug())) + query(widget, false);
        return page.absolute(Router.BASE + "/oembed") + "?format=json&url=" + encode(url);
    }

    /**
     * @param title the frame's title, for assistive technologies: what it shows.
     * @return the frame snippet of this page, or {@code null} if it has none.
     */
    public String frame(String title) {
        Widget widget = widget();
        if (widget == null) {
            return null;
        }
        return OEmbedServlet.frame(page.absolute(Router.BASE + widget.embedPath(page.getSlug())) + query(widget, true),
            title, null, widget.height());
    }

    /**
     * @param title the text of the link shown without JavaScript.
     * @return the web component snippet of this page (style sheet, script, element), or {@code null} if it has none.
     */
    public String element(String title) {
        Widget widget = widget();
        if (widget == null || widget.element() == null) {
            return null;
        }
        String base = page.absolute(Router.BASE + EmbedPolicy.PATH);
        StringBuilder snippet = new StringBuilder()
            .append("<link rel=\"stylesheet\" href=\"").append(base).append("widgets.css\">\n")
            .append("<script src=\"").append(base).append("widgets.js\" defer></script>\n")
            .append('<').append(widget.element());
        parameters(widget).forEach((name, value) -> snippet.append(' ').append(name).append("=\"")
            .append(value).append('"'));
        snippet.append(" lang=\"").append(locale.getLanguage()).append("\">")
            .append("<a href=\"").append(page.absolute(Router.BASE + widget.pagePath(page.getSlug())))
            .append(query(widget, true)).append("\">").append(Html.escape(title)).append("</a>")
            .append("</").append(widget.element()).append('>');
        return snippet.toString();
    }

    private Widget widget() {
        return Widget.of(page.getRoute(), page.getSlug());
    }

    private String query(Widget widget, boolean withLanguage) {
        Map<String, String> parameters = parameters(widget);
        if (withLanguage) {
            parameters.put("lang", locale.getLanguage());
        }
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + encode(entry.getValue())).collect(Collectors.joining("&", "?", ""));
    }

    /** The page's parameters that the widget takes; an edition page's slug is its edition. */
    private Map<String, String> parameters(Widget widget) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : widget.parameters()) {
            String value = page.param(name);
            if ("edition".equals(name) && value == null && widget == Widget.EVENT) {
                value = page.getSlug();
            }
            if (value != null && !"count".equals(name)) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
