package org.ruralitic.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;
import org.ruralitic.common.Transactions;
import org.ruralitic.guard.Secrets;
import org.ruralitic.mail.MailSender;
import org.ruralitic.newsletter.IssueDispatcher;

/**
 * Sends the due deliveries of newsletter issues now, as the server's timer does every few seconds, for a deployment
 * whose timer is off ({@code newsletter.issues.dispatch=false}): a test then decides when the mails leave.
 * {@code POST /test/dispatch} answers how many were sent. With {@code crashAfter=N}, the server's process "dies"
 * while handing its N+1th mail to SMTP (an {@link Error} no code of ours catches, as a kill leaves things); with
 * {@code ahead=S} the dispatcher runs as if S seconds had passed, as a server restarted after a claim ran out.
 */
@WebServlet("/test/dispatch")
public class IssueDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssueDispatcher dispatcher;

    @Inject
    transient Transactions transactions;

    @Inject
    transient MailSender sender;

    @Inject
    transient Settings settings;

    @Inject
    transient Secrets secrets;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Duration ahead = Duration.ofSeconds(Long.parseLong(value(request, "ahead", "0")));
        int crashAfter = Integer.parseInt(value(request, "crashAfter", "-1"));
        IssueDispatcher dispatching = dispatcher;
        if (crashAfter >= 0) {
            AtomicInteger handed = new AtomicInteger();
            MailSender dying = mail -> {
                if (handed.incrementAndGet() > crashAfter) {
                    throw new Death();
                }
                sender.send(mail);
            };
            dispatching = new IssueDispatcher(transactions, dying, settings, secrets);
        }
        int total = 0;
        int sent;
        response.setContentType("text/plain");
        try {
            do {
                sent = dispatching.dispatchDue(Instant.now().plus(ahead));
                total += sent;
            }
            while (sent > 0);
        }
        catch (Death died) {
            response.getWriter().write("died after " + crashAfter);
            return;
        }
        response.getWriter().write(Integer.toString(total));
    }

    private static String value(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** What a killed process leaves: the dispatcher's own error handling never runs. */
    private static final class Death extends Error {
        private static final long serialVersionUID = 1L;
    }
}
