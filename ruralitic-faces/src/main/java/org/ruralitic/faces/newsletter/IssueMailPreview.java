package org.ruralitic.faces.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.newsletter.IssueRendering;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;

/**
 * Shows an issue as its mail will look ({@code /ruralitic/admin/newsletters/<id>/mail}, {@code ?format=text} for the
 * plain-text alternative): what was sent for a sent issue, else the saved draft rendered now. The mail's inline
 * styles need a policy of their own: this page allows them and nothing else (no script, sandboxed), in place of the
 * back-office's.
 *
 * @since 0.3
 */
@Named("rtIssueMailPreview")
@RequestScoped
public class IssueMailPreview {

    @Inject
    NewsletterIssues issues;

    @Inject
    Staff staff;

    @Inject
    HttpServletRequest request;

    /** The view action: writes the mail and completes the response. */
    public void render() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        Object id = request.getAttribute(AdminFilter.ID);
        NewsletterIssue issue = id instanceof Long number ? issues.find(staff.getActor(), number).orElse(null) : null;
        try {
            if (issue == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            else {
                IssueRendering rendering = issue.rendering() != null ? issue.rendering()
                    : issues.preview(staff.getActor(), issue.toDraft());
                boolean text = "text".equals(request.getParameter("format"));
                response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline';"
                    + " img-src https: http: data:; frame-ancestors 'self'");
                response.setContentType(text ? "text/plain" : "text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                // The unsubscribe link of a preview goes nowhere.
                response.getWriter().write(text ? rendering.textFor("#") : rendering.htmlFor("#"));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
