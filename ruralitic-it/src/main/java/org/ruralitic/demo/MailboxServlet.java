package org.ruralitic.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The demo mailbox page: every mail the demo's sink received, newest first, with its links clickable, so that a
 * newcomer confirms a sign-up and unsubscribes as a subscriber would from their mail.
 */
class MailboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    private final transient DemoMailbox mailbox;

    MailboxServlet(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<DemoMailbox.Mail> mails = mailbox.mails();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>Boîte aux lettres de la démo</title></head><body><main>"
            + "<h1>Boîte aux lettres de la démo</h1>"
            + "<p>Les courriels que la démo « envoie » arrivent ici et nulle part ailleurs (demo mailbox: the demo's"
            + " mails land here and nowhere else). <a href=\"" + escape(request.getContextPath())
            + "/ruralitic/newsletter\">S'inscrire à la lettre d'information</a> · <a href=\""
            + escape(request.getContextPath()) + "/demo/mailbox\">Actualiser</a></p>");
        if (mails.isEmpty()) {
            out.print("<p>Aucun courriel pour l'instant (the outbox sends within about ten seconds).</p>");
        }
        for (DemoMailbox.Mail mail : mails) {
            out.print("<article><h2>" + escape(mail.subject()) + "</h2><p>À : " + escape(mail.to()) + " · "
                + TIME.format(mail.sent().toInstant()) + "</p><pre>" + linked(mail.text()) + "</pre>");
            if (mail.unsubscribe() != null) {
                out.print("<p>List-Unsubscribe : " + linked(mail.unsubscribe()) + "</p>");
            }
            out.print("</article>");
        }
        out.print("</main></body></html>\n");
    }

    /** @return the text escaped, its web addresses made links. */
    static String linked(String text) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            html.append(escape(text.substring(at, link.start())));
            String url = escape(link.group());
            html.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            at = link.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }
}
