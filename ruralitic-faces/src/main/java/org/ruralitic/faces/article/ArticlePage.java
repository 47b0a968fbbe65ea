package org.ruralitic.faces.article;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleService;
import org.ruralitic.article.Neighbours;
import org.ruralitic.faces.common.Page;

/**
 * Backs {@code /ruralitic/articles/<slug>}: the article, its previous and next, or a 404.
 *
 * @since 0.1
 */
@Named("rtArticle")
@RequestScoped
public class ArticlePage {

    @Inject
    ArticleService articles;

    @Inject
    Page page;

    private Optional<Article> article;
    private Neighbours neighbours;

    /** Answers 404 when the address names no public article, 301 when it is a former address of one. */
    public void load() {
        if (getArticle() != null) {
            return;
        }
        Optional<String> renamed = page.getSlug() == null ? Optional.empty() : articles.renamed(page.getSlug());
        if (renamed.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", page.link("/articles/" + renamed.get()));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        page.notFound();
    }

    /** @return the article, or {@code null}. */
    public Article getArticle() {
        if (article == null) {
            String slug = page.getSlug();
            article = slug == null ? Optional.empty() : articles.findBySlug(slug);
        }
        return article.orElse(null);
    }

    /** @return the articles before and after this one. */
    public Neighbours getNeighbours() {
        if (neighbours == null) {
            neighbours = getArticle() == null ? new Neighbours(null, null) : articles.neighbours(getArticle());
        }
        return neighbours;
    }
}
