package org.ruralitic.newsletter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ruralitic.article.Article;
import org.ruralitic.event.Edition;
import org.ruralitic.mail.OutgoingMail;
import org.ruralitic.text.Html;
import org.ruralitic.text.Markdown;

/**
 * Renders a newsletter issue: a mail-safe HTML document (tables and inline styles, which mail programs need, the
 * portal's name and colour), its plain-text alternative (the editor's own text, whose Markdown subset reads as
 * written), and the web version of the archive (semantic HTML with {@code rt-} classes and no inline style, for a
 * strict Content-Security-Policy). Every text an editor typed is escaped or goes through {@link Markdown}'s
 * allow-list.
 */
final class IssueMail {

    /** The path of the archive under the portal's base URL; an issue is at {@code <path>/<id>}. */
    static final String ARCHIVE_PATH = "/ruralitic/newsletter/archive";

    private static final String KEY = "ruralitic.newsletter.issue.";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    private static final String TEXT_COLOUR = "#1f2937";

    private IssueMail() {
    }

    /**
     * The look of the mails, from the settings.
     *
     * @param name the list's name, shown at the top.
     * @param colour the colour of the banner and links, {@code #rrggbb}.
     * @param baseUrl the portal's public address, without a trailing slash.
     * @param zone the zone of dates.
     */
    record Look(String name, String colour, String baseUrl, ZoneId zone) {

        Look {
            colour = colour != null && COLOUR.matcher(colour).matches() ? colour : NewsletterIssues.DEFAULT_COLOUR;
        }
    }

    /**
     * @param issue the issue.
     * @param articles the articles it lists, newest first.
     * @param edition the edition it announces, or {@code null}.
     * @param look the look.
     * @return the rendering, with the placeholder for each recipient's links.
     */
    static IssueRendering render(IssueDraft issue, List<Article> articles, Edition edition, Look look) {
        Locale locale = Locale.forLanguageTag(issue.getLanguage());
        String archive = look.baseUrl() + ARCHIVE_PATH + (issue.getId() == null ? "" : "/" + issue.getId());
        StringBuilder html = new StringBuilder(8192);
        StringBuilder text = new StringBuilder(4096);
        StringBuilder web = new StringBuilder(4096);
        String subject = issue.getSubject();

        html.append("<!DOCTYPE html>\n<html lang=\"").append(issue.getLanguage()).append("\">\n<head>")
            .append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>").append(Html.escape(subject)).append("</title></head>\n")
            .append("<body style=\"margin:0;padding:0;background:#f3f4f6;\">\n")
            .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
            .append(" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
            .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
            .append(" style=\"width:100%;max-width:600px;background:#ffffff;\">\n")
            .append("<tr><td style=\"background:").append(look.colour()).append(";color:#ffffff;padding:20px 24px;")
            .append(FONT).append("font-size:20px;font-weight:bold;\">").append(Html.escape(look.name()))
            .append("</td></tr>\n<tr><td style=\"padding:24px;").append(FONT).append("font-size:16px;line-height:1.5;")
            .append("color:").append(TEXT_COLOUR).append(";\">\n<h1 style=\"font-size:24px;line-height:1.25;margin:0 0 16px;\">")
            .append(Html.escape(subject)).append("</h1>\n");
        text.append(look.name()).append("\n\n").append(subject).append('\n')
            .append("=".repeat(Math.min(subject.length(), 72))).append("\n\n");

        if (issue.getIntro() != null) {
            String intro = markdown(issue.getIntro());
            html.append(intro).append('\n');
            web.append("<div class=\"rt-issue-intro\">").append(intro).append("</div>\n");
            text.append(plain(issue.getIntro())).append("\n\n");
        }
        for (IssueSection section : issue.filledSections()) {
            web.append("<section class=\"rt-issue-section\">");
            if (section.getHeading() != null) {
                String heading = Html.escape(section.getHeading());
                html.append("<h2 style=\"font-size:20px;line-height:1.3;margin:24px 0 8px;\">").append(heading)
                    .append("</h2>\n");
                web.append("<h2>").append(heading).append("</h2>");
                text.append(plain(section.getHeading())).append('\n')
                    .append("-".repeat(Math.min(section.getHeading().length(), 72))).append('\n');
            }
            if (section.getText() != null) {
                String body = markdown(section.getText());
                html.append(body).append('\n');
                web.append(body);
                text.append(plain(section.getText())).append('\n');
            }
            web.append("</section>\n");
            text.append('\n');
        }
        if (edition != null) {
            edition(edition, locale, look, html, text, web);
        }
        if (!articles.isEmpty()) {
            articles(articles, locale, look, html, text, web);
        }

        String viewOnline = text(locale, "viewOnline");
        String unsubscribe = NewsletterMessages.text(locale, "ruralitic.newsletter.mail.unsubscribe");
        String why = text(locale, "why", look.name());
        html.append("</td></tr>\n<tr><td style=\"padding:16px 24px;border-top:1px solid #e5e7eb;").append(FONT)
            .append("font-size:13px;line-height:1.5;color:#4b5563;\">\n<p style=\"margin:0 0 8px;\">")
            .append(Html.escape(why)).append("</p>\n<p style=\"margin:0;\"><a href=\"").append(Html.escape(archive))
            .append("\" style=\"color:").append(look.colour()).append(";\">").append(Html.escape(viewOnline))
            .append("</a> · <a href=\"").append(IssueRendering.UNSUBSCRIBE).append("\" style=\"color:")
            .append(look.colour()).append(";\">").append(Html.escape(unsubscribe)).append("</a></p>\n")
            .append("</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n");
        text.append("-- \n").append(why).append('\n').append(viewOnline).append(" : ").append(archive).append('\n')
            .append(NewsletterMessages.text(locale, "ruralitic.newsletter.mail.unsubscribe.line",
                IssueRendering.UNSUBSCRIBE)).append('\n');
        return new IssueRendering(html.toString(), text.toString(), web.toString());
    }

    private static void edition(Edition edition, Locale locale, Look look, StringBuilder html, StringBuilder text,
        StringBuilder web) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String when = text(locale, "edition.when", dates.format(edition.getStartLocal()),
            dates.format(edition.getEndLocal()));
        String where = edition.getVenue() == null ? null
            : join(edition.getVenue().getName(), edition.getVenue().getCity());
        String url = look.baseUrl() + "/ruralitic/editions/" + edition.getSlug();
        String heading = text(locale, "edition.heading");
        String name = edition.getName() + (edition.getTagline() == null ? "" : " — " + edition.getTagline());
        html.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
            .append(" style=\"margin:24px 0;border-left:4px solid ").append(look.colour()).append(";background:#f9fafb;\">")
            .append("<tr><td style=\"padding:12px 16px;").append(FONT).append("font-size:16px;line-height:1.5;color:")
            .append(TEXT_COLOUR).append(";\">\n<h2 style=\"font-size:18px;margin:0 0 4px;\">").append(Html.escape(heading))
            .append("</h2>\n<p style=\"margin:0;\"><a href=\"").append(Html.escape(url)).append("\" style=\"color:")
            .append(look.colour()).append(";font-weight:bold;\">").append(Html.escape(name)).append("</a><br>")
            .append(Html.escape(when)).append(where == null ? "" : "<br>" + Html.escape(where)).append("</p>\n")
            .append("</td></tr></table>\n");
        web.append("<section class=\"rt-issue-edition\"><h2>").append(Html.escape(heading)).append("</h2><p><a href=\"")
            .append(Html.escape(url)).append("\">").append(Html.escape(name)).append("</a><br>").append(Html.escape(when))
            .append(where == null ? "" : "<br>" + Html.escape(where)).append("</p></section>\n");
        text.append(heading).append('\n').append("-".repeat(heading.length())).append('\n').append(name).append('\n')
            .append(when).append('\n').append(where == null ? "" : where + "\n").append(url).append("\n\n");
    }

    private static void articles(List<Article> articles, Locale locale, Look look, StringBuilder html,
        StringBuilder text, StringBuilder web) {
        String heading = text(locale, "articles.heading");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
            .withZone(look.zone());
        html.append("<h2 style=\"font-size:20px;line-height:1.3;margin:24px 0 8px;\">").append(Html.escape(heading))
            .append("</h2>\n");
        web.append("<section class=\"rt-issue-articles\"><h2>").append(Html.escape(heading)).append("</h2><ul>");
        text.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        for (Article article : articles) {
            String url = look.baseUrl() + "/ruralitic/articles/" + article.getSlug();
            String date = article.getPublishedAt() == null ? "" : dates.format(article.getPublishedAt());
            html.append("<p style=\"margin:0 0 16px;\"><a href=\"").append(Html.escape(url)).append("\" style=\"color:")
                .append(look.colour()).append(";font-weight:bold;\">").append(Html.escape(article.getTitle()))
                .append("</a><br><span style=\"color:#4b5563;font-size:14px;\">").append(Html.escape(date))
                .append("</span>");
            web.append("<li><a href=\"").append(Html.escape(url)).append("\">").append(Html.escape(article.getTitle()))
                .append("</a> <span class=\"rt-issue-date\">").append(Html.escape(date)).append("</span>");
            text.append("* ").append(article.getTitle()).append(" (").append(date).append(")\n  ").append(url).append('\n');
            if (article.getLead() != null) {
                html.append("<br>").append(Html.escape(article.getLead()));
                web.append("<p>").append(Html.escape(article.getLead())).append("</p>");
            }
            html.append("</p>\n");
            web.append("</li>");
        }
        web.append("</ul></section>\n");
        text.append('\n');
    }

    /**
     * The mail of an issue to one recipient.
     *
     * @param issueId the issue.
     * @param subject its subject.
     * @param language its language.
     * @param rendering its frozen rendering.
     * @param recipient the address.
     * @param unsubscribeUrl the recipient's unsubscribe link.
     * @param messageId the {@code Message-ID}, with its angle brackets.
     * @param listId the {@code List-Id} (RFC 2919), such as {@code "Lettre" <newsletter.cantal.fr>}.
     * @return the mail.
     */
    static OutgoingMail mail(String subject, String language, IssueRendering rendering, String recipient,
        String unsubscribeUrl, String messageId, String listId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Message-ID", messageId);
        headers.put("List-Id", listId);
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Content-Language", language);
        return new OutgoingMail(recipient, subject, rendering.textFor(unsubscribeUrl),
            rendering.htmlFor(unsubscribeUrl), headers);
    }

    // An editor's text cannot produce the placeholder of the recipient's links.
    private static String markdown(String source) {
        return Markdown.toHtml(source.replace(IssueRendering.UNSUBSCRIBE, ""));
    }

    private static String plain(String source) {
        return source.replace(IssueRendering.UNSUBSCRIBE, "");
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return NewsletterMessages.text(locale, KEY + key, arguments);
    }
}
