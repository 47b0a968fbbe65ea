package org.ruralitic.faces.article;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleReading;
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

    private Optional<ArticleReading> reading;

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
        return reading().map(ArticleReading::article).orElse(null);
    }

    /** @return the articles before and after this one. */
    public Neighbours getNeighbours() {
        return reading().map(ArticleReading::neighbours).orElseGet(() -> new Neighbours(null, null));
    }

    // The article and its neighbours are read together, in one transaction.
    private Optional<ArticleReading> reading() {
        if (reading == null) {
            String slug = page.getSlug();
            reading = slug == null ? Optional.empty() : articles.read(slug);
        }
        return reading;
    }
}
