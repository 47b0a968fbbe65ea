package org.ruralitic.it;

import java.io.IOException;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.newsletter.IssueDispatcher;

/**
 * Sends the due deliveries of newsletter issues now, as the server's timer does every few seconds, for a deployment
 * whose timer is off ({@code newsletter.dispatch=false}): a test then decides when the mails leave. {@code POST
 * /test/dispatch} answers how many were sent.
 */
@WebServlet("/test/dispatch")
public class IssueDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssueDispatcher dispatcher;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int total = 0;
        int sent;
        do {
            sent = dispatcher.dispatchDue(Instant.now());
            total += sent;
        }
        while (sent > 0);
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(total));
    }
}
