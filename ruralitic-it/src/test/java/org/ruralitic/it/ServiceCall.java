package org.ruralitic.it;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.Article;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.faces.backoffice.Staff;

/**
 * A portal's own code calling the back-office's service for the signed-in user, outside any admin page and its
 * guard: the service checks the role itself. {@code POST /test/publish?id=42} answers 204, or 403 when refused.
 */
@WebServlet("/test/publish")
public class ServiceCall extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArticleEditing editing;

    @Inject
    transient Staff staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        try {
            Article article = editing.find(staff.getActor(), id).orElseThrow();
            editing.publish(staff.getActor(), id, article.getVersion(), null);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
        catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
