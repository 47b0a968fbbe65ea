package org.ruralitic.faces.newsletter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;

import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.common.Page;
import org.ruralitic.newsletter.BounceMailbox;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;
import org.ruralitic.newsletter.NewsletterService;
import org.ruralitic.newsletter.Subscription;

/**
 * Backs the list of newsletter issues ({@code /ruralitic/admin/newsletters}): last changed first, 20 a page, with
 * the audience of a send and, for administrators, the addresses that bounced and a button that reads the bounce
 * mailbox at once (a plain form posted to the page's own address).
 *
 * @since 0.3
 */
@Named("rtIssueDesk")
@RequestScoped
public class IssueDesk {

    private static final int PAGE_SIZE = 20;

    @Inject
    NewsletterIssues issues;

    @Inject
    NewsletterService newsletter;

    @Inject
    Staff staff;

    @Inject
    Page page;

    @Inject
    BounceMailbox bounces;

    @Inject
    HttpServletRequest request;

    @Inject
    PageLocale locale;

    private PageResult<NewsletterIssue> result;
    private String notice;
    private List<Subscription> bounced;

    /** The view action: on a POST by an administrator, reads the bounce mailbox now rather than within a minute. */
    public void handle() {
        if (!"POST".equals(request.getMethod()) || !"bounces".equals(request.getParameter("action"))) {
            return;
        }
        if (!staff.isAdministrator()) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        if (!bounces.isSet()) {
            notice = AdminText.of(locale.getLocale(), "admin.issues.bounces.unset");
            return;
        }
        try {
            notice = AdminText.of(locale.getLocale(), "admin.issues.bounces.read", bounces.read());
        }
        catch (MessagingException | RuntimeException e) {
            notice = AdminText.of(locale.getLocale(), "admin.issues.bounces.unreachable");
        }
    }

    /** @return the outcome of the action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /** @return whether a bounce mailbox is set. */
    public boolean isBounceMailbox() {
        return bounces.isSet();
    }

    /** @return the issues of the page. */
    public PageResult<NewsletterIssue> getResult() {
        if (result == null) {
            result = issues.issues(staff.getActor(), PageRequest.of(page.number("page", 1), PAGE_SIZE));
        }
        return result;
    }

    /** @return how many subscribers an issue sent now would reach. */
    public long getAudience() {
        return newsletter.confirmedCount();
    }

    /** @return the bounced addresses, for an administrator; empty for anyone else; read once per request. */
    public List<Subscription> getBounced() {
        if (bounced == null) {
            bounced = staff.isAdministrator() ? issues.bounced(staff.getActor()) : List.of();
        }
        return bounced;
    }
}
