package org.ruralitic.faces.feed;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.Settings;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;
import org.ruralitic.faces.common.HttpCache;
import org.ruralitic.faces.common.Page;

/**
 * The Atom feed (RFC 4287) of the latest published articles: {@code /ruralitic/feed/articles.atom}, in one language
 * ({@code ?lang=fr}) and of one theme ({@code ?theme=<code>}) when asked. Pages announce it with a
 * {@code <link rel="alternate">}.
 *
 * @since 0.1
 */
public class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The media type of Atom feeds. */
    public static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";

    /** Articles in the feed. */
    public static final int SIZE = 20;

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Inject
    transient ArticleService articles;

    @Inject
    transient Settings settings;

    @Inject
    transient NewsletterIssues issues;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/newsletter.atom".equals(request.getPathInfo())) {
            newsletter(request, response);
            return;
        }
        if (!"/articles.atom".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String language = "en".equals(request.getParameter("lang")) || "fr".equals(request.getParameter("lang"))
            ? request.getParameter("lang") : null;
        String theme = code(request.getParameter("theme"));
        List<Article> latest = articles.latestWithBodies(SIZE, theme, language);
        String site = HttpCache.origin(request, settings.get(Page.BASE_URL).orElse(null)) + request.getContextPath()
            + "/ruralitic";
        String self = site + "/feed/articles.atom" + query(language, theme);
        response.setContentType(MEDIA_TYPE);
        try {
            HttpCache.send(request, response, AtomWriter.feed(latest, site, self, language));
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The archive of the newsletter: its sent issues, newest first, each with its web version. */
    private void newsletter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<NewsletterIssue> sent = issues.archive(PageRequest.of(1, SIZE)).items();
        String site = HttpCache.origin(request, settings.get(Page.BASE_URL).orElse(null)) + request.getContextPath()
            + "/ruralitic";
        response.setContentType(MEDIA_TYPE);
        try {
            HttpCache.send(request, response, AtomWriter.issues(sent, site, site + "/feed/newsletter.atom"));
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static String code(String value) {
        return value != null && value.length() <= 40 && CODE.matcher(value).matches() ? value : null;
    }

    private static String query(String language, String theme) {
        String query = (language == null ? "" : "lang=" + language) + (theme == null ? "" : (language == null ? "" : "&") + "theme=" + theme);
        return query.isEmpty() ? "" : "?" + query;
    }
}
