package org.ruralitic.faces.article;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.Page;

/**
 * Backs the previews of an article as visitors will see it, in the portal's template, before it is published: the
 * editors' ({@code /ruralitic/admin/articles/<id>/preview}) and the shareable link's
 * ({@code /ruralitic/preview/<token>}, no account needed while the link works).
 *
 * @since 0.2
 */
@Named("rtArticlePreview")
@RequestScoped
public class ArticlePreview {

    @Inject
    ArticleEditing editing;

    @Inject
    Staff staff;

    @Inject
    Page page;

    private Optional<Article> article;

    /** Answers 404 when there is nothing to preview (an unknown or expired link). */
    public void load() {
        if (getArticle() == null) {
            page.notFound();
        }
    }

    /** @return the article previewed, or {@code null}. */
    public Article getArticle() {
        if (article == null) {
            Object id = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(AdminFilter.ID);
            article = id != null ? editing.find(staff.getActor(), (Long) id) : editing.previewed(page.getSlug());
        }
        return article.orElse(null);
    }
}
