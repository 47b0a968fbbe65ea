package org.ruralitic.faces.embed;

import java.util.List;

/**
 * What another site can embed: each with its embed page (below {@code /ruralitic/embed/}), the web component that
 * shows the same content (none for a single article), the height its frame is given, and the query parameters it
 * takes, which are those of its drop-in page.
 *
 * @since 0.1
 */
public enum Widget {

    /** The programme, with the filters of the programme page. */
    PROGRAMME("programme", "ruralitic-programme", "/programme", 640, List.of("edition", "day", "track", "format")),

    /** The partner wall. */
    PARTNERS("partners", "ruralitic-partners", "/partners", 480, List.of("edition")),

    /** The latest news, by theme, so many of them. */
    NEWS("news", "ruralitic-news", "/articles", 560, List.of("theme", "count")),

    /** The event banner. */
    EVENT("event", "ruralitic-event", "/", 420, List.of("edition")),

    /** One article, as a card. */
    ARTICLE("articles", null, "/articles", 280, List.of());

    private final String path;
    private final String element;
    private final String page;
    private final int height;
    private final List<String> parameters;

    Widget(String path, String element, String page, int height, List<String> parameters) {
        this.path = path;
        this.element = element;
        this.page = page;
        this.height = height;
        this.parameters = parameters;
    }

    /**
     * @param slug the article's slug, for {@link #ARTICLE}; ignored otherwise.
     * @return the path of the embed page, below {@code /ruralitic}.
     */
    public String embedPath(String slug) {
        return EmbedPolicy.PATH + path + (this == ARTICLE ? "/" + slug : "");
    }

    /** @return the name of the web component, or {@code null}. */
    public String element() {
        return element;
    }

    /**
     * @param slug the article's slug, for {@link #ARTICLE}; ignored otherwise.
     * @return the path of the full drop-in page, below {@code /ruralitic}.
     */
    public String pagePath(String slug) {
        return this == ARTICLE ? page + "/" + slug : page;
    }

    /** @return the height of its frame, in CSS pixels. */
    public int height() {
        return height;
    }

    /** @return the query parameters it takes (besides {@code lang}). */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * @param route the route of a drop-in page ({@code programme}, {@code articles}...).
     * @param slug the slug of its address, or {@code null}.
     * @return what that page embeds as, or {@code null} when it does not (a session, the speakers...).
     */
    public static Widget of(String route, String slug) {
        return switch (route == null ? "" : route) {
            case "programme" -> slug == null ? PROGRAMME : null;
            case "partners" -> PARTNERS;
            case "articles" -> slug == null ? NEWS : ARTICLE;
            case "home" -> EVENT;
            default -> null;
        };
    }
}
