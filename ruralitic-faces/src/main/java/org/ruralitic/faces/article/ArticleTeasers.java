package org.ruralitic.faces.article;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.article.Article;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.theme.Theme;

/**
 * The list of article teasers that {@code <r:articleList>} shows: for each article its title linked to its page, its
 * date, its lead and its themes. Written in Java rather than by {@code ui:repeat}, for the same reason as the
 * programme's days ({@code ProgrammeDays}): the list is on the home page, the article list and each theme filter, and
 * most of the cost of the repeated markup was the EL of each article.
 * <p>
 * Every text goes through the {@link ResponseWriter}, which escapes it: a title or a lead typed in the back-office is
 * shown, never run.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:articleTeasers value="#{rtArticles.page.items()}" headingLevel="2"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ArticleTeasers extends UIComponentBase {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.article.ArticleTeasers";

    /** The component family. */
    public static final String COMPONENT_FAMILY = "org.ruralitic.faces";

    enum PropertyKeys {
        value, headingLevel
    }

    /** A component without renderer and without state of its own beyond its attributes. */
    public ArticleTeasers() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    /** @return the articles to show, in order. */
    @SuppressWarnings("unchecked")
    public List<Article> getValue() {
        return (List<Article>) getStateHelper().eval(PropertyKeys.value, List.of());
    }

    /** @param value the articles to show. */
    public void setValue(List<Article> value) {
        getStateHelper().put(PropertyKeys.value, value);
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
    public void encodeBegin(FacesContext context) throws IOException {
        List<Article> articles = getValue();
        if (articles == null || articles.isEmpty()) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        ResourceBundle text = context.getApplication().getResourceBundle(context, "rtText");
        Formats format = context.getApplication().evaluateExpressionGet(context, "#{rtFormat}", Formats.class);
        Page page = context.getApplication().evaluateExpressionGet(context, "#{rtPage}", Page.class);
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{rtLocale}", PageLocale.class)
            .getLocale();
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
            out.startElement("time", null);
            out.writeAttribute("datetime", format.iso(article.getPublishedAt()), null);
            out.writeText(format.date(article.getPublishedAt()), null);
            out.endElement("time");
            out.endElement("p");
            out.write('\n');
            if (article.getLead() != null && !article.getLead().isEmpty()) {
                out.startElement("p", null);
                out.writeAttribute("class", "rt-teaser__lead", null);
                out.writeText(article.getLead(), null);
                out.endElement("p");
                out.write('\n');
            }
            themes(out, article, text.getString("articles.themes"), locale);
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
            out.startElement("li", null);
            out.writeAttribute("class", "rt-tags__item", null);
            out.writeText(theme.labelIn(locale), null);
            out.endElement("li");
            out.write('\n');
        }
        out.endElement("ul");
        out.write('\n');
    }
}
