package org.ruralitic.faces.api;

import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Settings;
import org.ruralitic.faces.api.Views.ArticleView;
import org.ruralitic.faces.api.Views.PageView;

/**
 * {@code /ruralitic/api/v1/articles}: published articles, newest first, a page at a time, by theme and language; and
 * one article with its body.
 *
 * @since 0.1
 */
@Path("v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ArticlesResource {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Inject
    ArticleService articles;

    @Inject
    Settings settings;

    @Context
    HttpHeaders headers;

    /**
     * @param page the page, from 1 (default 1).
     * @param size articles per page, 1 to 100 (default 10).
     * @param theme only this theme, optional.
     * @param language only this language ({@code fr}, {@code en}), optional.
     * @return a page of articles, without their bodies.
     */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
        @QueryParam("theme") String theme, @QueryParam("lang") String language) {
        int number = number("page", page, 1, Integer.MAX_VALUE, 1);
        int perPage = number("size", size, 1, PageRequest.MAX_SIZE, 10);
        if (theme != null && (theme.length() > 40 || !CODE.matcher(theme).matches())) {
            throw ApiException.badParameter("theme", "a theme code such as 'agriculture'");
        }
        if (language != null && !language.matches("^(fr|en)$")) {
            throw ApiException.badParameter("lang", "'fr' or 'en'");
        }
        PageResult<Article> result = articles.published(PageRequest.of(number, perPage), theme, language);
        return Json.ok(headers, new PageView<>(result.items().stream()
            .map(article -> ArticleView.of(article, settings.zone(), false)).toList(), result.page(), result.size(),
            result.total(), result.pageCount()));
    }

    /**
     * @param slug an article.
     * @return the article with its body.
     */
    @GET
    @Path("{slug}")
    public Response article(@PathParam("slug") String slug) {
        if (slug == null || slug.length() > 80 || !CODE.matcher(slug).matches()) {
            throw ApiException.notFound("This article");
        }
        Article article = articles.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Article '" + slug + "'"));
        return Json.ok(headers, ArticleView.of(article, settings.zone(), true));
    }

    private static int number(String name, String value, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badParameter(name, "a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max));
    }
}
