package org.ruralitic.faces.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.common.Settings;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.common.HttpCache;
import org.ruralitic.faces.common.Page;
import org.ruralitic.programme.ProgrammeService;
import org.ruralitic.programme.ProgrammeSession;

/**
 * The sitemap (sitemaps.org 0.9) of every public RuraliTIC page, with {@code lastmod} where it is known:
 * {@code /ruralitic/sitemap.xml}. A sitemap lists addresses below its own, which all RuraliTIC pages are.
 *
 * @since 0.1
 */
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;


    @Inject
    transient EditionService editions;

    @Inject
    transient ProgrammeService programme;

    @Inject
    transient ArticleService articles;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = HttpCache.origin(request, settings.get(Page.BASE_URL).orElse(null)) + request.getContextPath()
            + "/ruralitic";
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        Instant latest = Instant.EPOCH;
        Set<Edition> shown = new LinkedHashSet<>(editions.upcoming());
        shown.addAll(editions.past());
        for (Edition edition : List.copyOf(shown)) {
            entries.add(new SitemapWriter.Entry(site + "/editions/" + edition.getSlug(), edition.getUpdatedAt()));
            for (Edition day : editions.colocatedWith(edition)) {
                entries.add(new SitemapWriter.Entry(site + "/editions/" + day.getSlug(), day.getUpdatedAt()));
            }
            for (ProgrammeSession session : programme.sessionsOf(edition)) {
                entries.add(new SitemapWriter.Entry(site + "/programme/" + session.getSlug() + "?edition=" + edition.getSlug(),
                    session.getUpdatedAt()));
            }
            latest = later(latest, edition.getUpdatedAt());
        }
        for (int number = 1;; number++) {
            PageResult<Article> page = articles.published(PageRequest.of(number, PageRequest.MAX_SIZE), null, null);
            for (Article article : page.items()) {
                entries.add(new SitemapWriter.Entry(site + "/articles/" + article.getSlug(), article.getUpdatedAt()));
                latest = later(latest, article.getUpdatedAt());
            }
            if (!page.hasNext()) {
                break;
            }
        }
        Instant newest = latest.equals(Instant.EPOCH) ? null : latest;
        for (String path : List.of("/", "/programme", "/speakers", "/partners", "/articles", "/editions")) {
            entries.add(0, new SitemapWriter.Entry(site + path, newest));
        }
        response.setContentType("application/xml; charset=UTF-8");
        try {
            HttpCache.send(request, response, SitemapWriter.sitemap(entries));
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static Instant later(Instant one, Instant other) {
        return other != null && other.isAfter(one) ? other : one;
    }
}
