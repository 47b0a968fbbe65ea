package org.ruralitic.faces.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleBlock;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.text.Markdown;
import org.ruralitic.theme.Theme;
import org.ruralitic.text.Html;

/**
 * Writes an Atom feed (RFC 4287) of articles with the JDK's StAX writer, which escapes titles and summaries. An
 * entry's {@code content} is its body as escaped HTML ({@code type="html"}), its formatted text rendered by
 * {@link Markdown}.
 *
 * @since 0.1
 */
public final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "/ruralitic";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private AtomWriter() {
    }

    /**
     * @param latest the articles, newest first, with their themes and blocks.
     * @param site the absolute address of the RuraliTIC pages ({@code https://host/ctx/ruralitic}).
     * @param self the absolute address of this feed, also its id.
     * @param language the language of the feed, or {@code null} for all.
     * @return the feed, UTF-8.
     * @throws XMLStreamException never, with the JDK's writer.
     */
    public static byte[] feed(List<Article> latest, String site, String self, String language)
        throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        start(xml, language == null ? "fr" : language, self, "en".equals(language) ? "RuraliTIC – News"
            : "RuraliTIC – Actualités", latest.stream().map(Article::getUpdatedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH), site + "/articles");
        for (Article article : latest) {
            entry(xml, article, site);
        }
        end(xml);
        return out.toByteArray();
    }

    /**
     * @param sent the issues of the newsletter sent, newest first.
     * @param site the absolute address of the RuraliTIC pages.
     * @param self the absolute address of this feed, also its id.
     * @return the feed of the newsletter's archive, UTF-8: each entry the web version of an issue, nobody's data.
     * @throws XMLStreamException never, with the JDK's writer.
     */
    public static byte[] issues(List<NewsletterIssue> sent, String site, String self) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        start(xml, "fr", self, "RuraliTIC – Lettre d’information", sent.stream()
            .map(NewsletterIssue::getSendStartedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH),
            site + "/newsletter/archive");
        for (NewsletterIssue issue : sent) {
            String url = site + "/newsletter/archive/" + issue.getId();
            xml.writeStartElement("entry");
            xml.writeAttribute("xml:lang", issue.getLanguage());
            element(xml, "id", url);
            element(xml, "title", issue.getSubject());
            element(xml, "updated", RFC_3339.format(issue.getSendStartedAt()));
            element(xml, "published", RFC_3339.format(issue.getSendStartedAt()));
            link(xml, "alternate", "text/html", url);
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(issue.rendering().web());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        end(xml);
        return out.toByteArray();
    }

    private static void start(XMLStreamWriter xml, String language, String self, String title, Instant updated,
        String alternate) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", language);
        element(xml, "id", self);
        element(xml, "title", title);
        element(xml, "updated", RFC_3339.format(updated));
        link(xml, "self", "application/atom+xml", self);
        link(xml, "alternate", "text/html", alternate);
        xml.writeStartElement("author");
        element(xml, "name", "RuraliTIC");
        xml.writeEndElement();
        element(xml, "generator", "RuraliTIC");
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void entry(XMLStreamWriter xml, Article article, String site) throws XMLStreamException {
        String url = site + "/articles/" + article.getSlug();
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", article.getLanguage());
        element(xml, "id", url);
        element(xml, "title", article.getTitle());
        element(xml, "updated", RFC_3339.format(article.getUpdatedAt()));
        element(xml, "published", RFC_3339.format(article.getPublishedAt()));
        link(xml, "alternate", "text/html", url);
        if (article.getLead() != null) {
            element(xml, "summary", article.getLead());
        }
        if (!article.getBlocks().isEmpty()) {
            // type="html": the markup goes in as escaped text, which StAX's writeCharacters does (RFC 4287, 3.1.1.2).
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(body(article, site));
            xml.writeEndElement();
        }
        if (article.getAuthor() != null) {
            xml.writeStartElement("author");
            element(xml, "name", article.getAuthor());
            xml.writeEndElement();
        }
        for (Theme theme : article.getThemes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", theme.getCode());
            xml.writeAttribute("label", theme.labelIn(Locale.forLanguageTag(article.getLanguage())));
        }
        xml.writeEndElement();
    }

    /**
     * @param article an article with its blocks.
     * @param site the absolute address of the RuraliTIC pages, whose context resolves images of the portal.
     * @return its body as HTML: formatted text through {@link Markdown}, plain texts escaped.
     */
    static String body(Article article, String site) {
        String context = site.endsWith(BASE) ? site.substring(0, site.length() - BASE.length()) : site;
        StringBuilder html = new StringBuilder(1024);
        for (ArticleBlock block : article.getBlocks()) {
            switch (block.getKind()) {
                case PARAGRAPH -> html.append(Markdown.toHtml(block.getText()));
                case HEADING -> html.append("<h2>").append(Html.escape(block.getText())).append("</h2>\n");
                case QUOTATION -> {
                    html.append("<blockquote>").append(Markdown.toHtml(block.getText()));
                    if (block.getAttribution() != null && !block.getAttribution().isBlank()) {
                        html.append("<p>— ").append(Html.escape(block.getAttribution())).append("</p>");
                    }
                    html.append("</blockquote>\n");
                }
                case QUESTION_ANSWER -> html.append("<p><strong>").append(Html.escape(block.getText()))
                    .append("</strong></p>\n").append(Markdown.toHtml(block.getAnswer()));
                case IMAGE -> {
                    String url = block.getImageUrl();
                    String src = url.startsWith("/") && !url.startsWith("//") ? context + url : url;
                    html.append("<figure><img src=\"").append(Html.escape(src)).append("\" alt=\"")
                        .append(Html.escape(block.getImageAlt())).append("\"/>");
                    if (block.getText() != null && !block.getText().isBlank()) {
                        html.append("<figcaption>").append(Html.escape(block.getText())).append("</figcaption>");
                    }
                    html.append("</figure>\n");
                }
            }
        }
        return html.toString();
    }


    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
