package org.ruralitic.faces.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.theme.Theme;

/**
 * Backs {@code <r:articleList>} and {@code /ruralitic/articles}: published articles, newest first, a page at a time
 * ({@code ?page=2}), optionally of one theme ({@code ?theme=agriculture}).
 *
 * @since 0.1
 */
@Named("rtArticles")
@RequestScoped
public class ArticlesPage {

    /** Articles on a page of the list. */
    public static final int PAGE_SIZE = 10;

    @Inject
    ArticleService articles;

    @Inject
    SharedThemes themes;

    @Inject
    Page page;

    @Inject
    PageLocale locale;

    private PageResult<Article> result;
    private List<Theme> allThemes;

    /**
     * @param size the number of articles on a page.
     * @return the page the address asks for.
     */
    public PageResult<Article> page(int size) {
        if (result == null) {
            result = articles.published(PageRequest.of(page.number("page", 1), size), getTheme(), null);
        }
        return result;
    }

    /**
     * @param size the number of articles.
     * @return the newest articles, of the theme the address names, without pagination (two SQL statements).
     */
    public PageResult<Article> latest(int size) {
        if (result == null) {
            List<Article> items = articles.latest(size, getTheme(), null);
            result = new PageResult<>(items, 1, Math.max(1, size), items.size());
        }
        return result;
    }

    /** @return the page of {@value #PAGE_SIZE} articles the address asks for. */
    public PageResult<Article> getPage() {
        return page(PAGE_SIZE);
    }

    /** @return the theme code of the filter, when the address names a theme that exists. */
    public String getTheme() {
        String code = page.param("theme");
        return code != null && getThemes().stream().anyMatch(theme -> theme.getCode().equals(code)) ? code : null;
    }

    /** @return all themes, for the filter. */
    public List<Theme> getThemes() {
        if (allThemes == null) {
            allThemes = themes.all();
        }
        return allThemes;
    }

    /**
     * A window of page numbers, so that the pagination stays small however long the list: the first and last pages,
     * and two on each side of the current one; {@code 0} marks a gap ("…").
     *
     * @param result a page of articles.
     * @return the page numbers to link, in order, with gaps.
     */
    public List<Integer> pageNumbers(PageResult<Article> result) {
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, result.pageCount()));
        IntStream.rangeClosed(Math.max(1, result.page() - 2), Math.min(result.pageCount(), result.page() + 2))
            .forEach(shown::add);
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int number : shown) {
            if (number > previous + 1) {
                numbers.add(0);
            }
            numbers.add(number);
            previous = number;
        }
        return numbers;
    }

    /**
     * @param number a page number.
     * @return the link to that page of the list, on the page that shows it (a drop-in page or the portal's own),
     *         keeping the theme filter and the language.
     */
    public String pageLink(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        if (getTheme() != null) {
            query.append("&theme=").append(getTheme());
        }
        if (locale.getExplicitLanguage() != null) {
            query.append("&lang=").append(locale.getExplicitLanguage());
        }
        return query.toString();
    }
}
