package org.ruralitic.faces.newsletter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.Page;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;
import org.ruralitic.newsletter.NewsletterService;
import org.ruralitic.newsletter.Subscription;

/**
 * Backs the list of newsletter issues ({@code /ruralitic/admin/newsletters}): last changed first, 20 a page, with
 * the audience of a send and, for administrators, the addresses that bounced.
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

    private PageResult<NewsletterIssue> result;

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

    /** @return the bounced addresses, for an administrator; empty for anyone else. */
    public List<Subscription> getBounced() {
        return staff.isAdministrator() ? issues.bounced(staff.getActor()) : List.of();
    }
}
