package org.ruralitic.faces.article;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.article.Article;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.ListMarkup;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.theme.Theme;

/**
 * The list of article teasers that {@code <r:articleList>} shows on the home page, the article list and each theme
 * filter: for each article its title linked to its page, its date, its lead and its themes.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:articleTeasers value="#{rtArticles.page.items()}" headingLevel="2"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ArticleTeasers extends ListMarkup<Article> {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.article.ArticleTeasers";

    enum PropertyKeys {
        headingLevel
    }

    /** @return the level of the titles' headings: 3 gives {@code h3}, anything else {@code h2}. */
    public String getHeadingLevel() {
        Object level = getStateHelper().eval(PropertyKeys.headingLevel, "2");
        return level == null ? "2" : level.toString();
    }

    /** @param headingLevel the level of the titles' headings. */
    public void setHeadingLevel(String headingLevel) {
        getStateHelper().put(PropertyKeys.headingLevel, headingLevel);
    }

    @Override
    protected void write(FacesContext context, ResponseWriter out, List<Article> articles) throws IOException {
        String themesLabel = labels(context).getString("articles.themes");
        Formats format = bean(context, "rtFormat", Formats.class);
        Page page = bean(context, "rtPage", Page.class);
        Locale locale = bean(context, "rtLocale", PageLocale.class).getLocale();
        String heading = "3".equals(getHeadingLevel()) ? "h3" : "h2";
        out.startElement("ul", null);
        out.writeAttribute("class", "rt-articles__list", null);
        out.write('\n');
        for (Article article : articles) {
            out.startElement("li", null);
            out.writeAttribute("class", "rt-articles__item", null);
            if (article.getLanguage() != null) {
                out.writeAttribute("lang", article.getLanguage(), null);
            }
            out.write('\n');
            out.startElement("article", null);
            out.writeAttribute("class", "rt-teaser", null);
            out.write('\n');
            out.startElement(heading, null);
            out.writeAttribute("class", "rt-teaser__title", null);
            out.startElement("a", null);
            out.writeAttribute("href", page.link("/articles/" + article.getSlug()), null);
            out.writeText(article.getTitle(), null);
            out.endElement("a");
            out.endElement(heading);
            out.write('\n');
            out.startElement("p", null);
            out.writeAttribute("class", "rt-teaser__date", null);
            time(out, format.iso(article.getPublishedAt()), format.date(article.getPublishedAt()));
            out.endElement("p");
            out.write('\n');
            if (present(article.getLead())) {
                element(out, "p", "rt-teaser__lead", article.getLead());
                out.write('\n');
            }
            themes(out, article, themesLabel, locale);
            out.endElement("article");
            out.write('\n');
            out.endElement("li");
            out.write('\n');
        }
        out.endElement("ul");
        out.write('\n');
    }

    private static void themes(ResponseWriter out, Article article, String label, Locale locale) throws IOException {
        if (article.getThemes().isEmpty()) {
            return;
        }
        out.startElement("ul", null);
        out.writeAttribute("class", "rt-tags", null);
        out.writeAttribute("aria-label", label, null);
        out.write('\n');
        for (Theme theme : article.getThemes()) {
            element(out, "li", "rt-tags__item", theme.labelIn(locale));
            out.write('\n');
        }
        out.endElement("ul");
        out.write('\n');
    }
}
