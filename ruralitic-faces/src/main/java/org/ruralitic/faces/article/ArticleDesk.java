package org.ruralitic.faces.article;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.ArticleEditException;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.article.ArticleQuery;
import org.ruralitic.article.ArticleRow;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.ArticleStatus;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.event.Edition;
import org.ruralitic.event.EditionService;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.theme.Theme;
import org.ruralitic.theme.ThemeService;

/**
 * Backs the list of articles ({@code /ruralitic/admin/articles}) and the bin ({@code /ruralitic/admin/bin}): the
 * filters come from the address (a GET form, so a list can be bookmarked and works without JavaScript), the newest
 * change first, 20 a page.
 *
 * @since 0.2
 */
@Named("rtArticleDesk")
@RequestScoped
public class ArticleDesk {

    private static final int PAGE_SIZE = 20;

    @Inject
    ArticleEditing editing;

    @Inject
    ArticleService articles;

    @Inject
    ThemeService themes;

    @Inject
    EditionService editions;

    @Inject
    Staff staff;

    @Inject
    Page page;

    @Inject
    PageLocale locale;

    private PageResult<ArticleRow> result;
    private String message;

    /** @return the articles of the list's page. */
    public PageResult<ArticleRow> getResult() {
        if (result == null) {
            result = editing.search(staff.getActor(), query(false), PageRequest.of(page.number("page", 1), PAGE_SIZE));
        }
        return result;
    }

    /** @return the articles in the bin, newest deletion first. */
    public PageResult<ArticleRow> getBin() {
        if (result == null) {
            result = editing.search(staff.getActor(), ArticleQuery.BIN, PageRequest.of(page.number("page", 1),
                PAGE_SIZE));
        }
        return result;
    }

    private ArticleQuery query(boolean bin) {
        Map<String, String> params = page.getParams();
        String text = params.get("q");
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        ArticleStatus status = Arrays.stream(ArticleStatus.values())
            .filter(known -> known.name().equals(params.get("status"))).findFirst().orElse(null);
        String language = "fr".equals(params.get("language")) || "en".equals(params.get("language"))
            ? params.get("language") : null;
        return new ArticleQuery(text, status, page.param("theme"), language, page.param("edition"), bin);
    }

    /**
     * Takes an article out of the bin (a button of the bin's form).
     *
     * @param id the article.
     */
    public void restore(long id) {
        try {
            editing.restore(staff.getActor(), id);
            AdminActions.contentChanged(articles.nextScheduled().orElse(null));
            AdminActions.redirect(AdminFilter.BASE + "/articles/" + id + "?done=restored");
        }
        catch (ArticleEditException | AccessDeniedException e) {
            message = AdminActions.messageOf(e, locale.getLocale(),
                refused -> ((ArticleEditException) refused).getKey());
        }
    }

    /** @return the outcome of an action on the page, or {@code null}. */
    public String getMessage() {
        return message;
    }

    /** @return the statuses, for the filter. */
    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    /** @return the themes, for the filter. */
    public List<Theme> getThemes() {
        return themes.findAll();
    }

    /** @return the editions, for the filter. */
    public List<Edition> getEditions() {
        return Stream.concat(editions.upcoming().stream(), editions.past().stream()).toList();
    }

    /**
     * @param pageNumber a page of the list.
     * @return the address of that page with the same filters.
     */
    public String pageLink(int pageNumber) {
        StringBuilder link = new StringBuilder("?page=").append(pageNumber);
        for (String name : List.of("q", "status", "theme", "language", "edition")) {
            String value = page.getParams().get(name);
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }
}
