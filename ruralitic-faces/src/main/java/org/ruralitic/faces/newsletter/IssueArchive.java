package org.ruralitic.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.common.Page;
import org.ruralitic.newsletter.NewsletterIssue;
import org.ruralitic.newsletter.NewsletterIssues;

/**
 * Backs the public archive of the newsletter ({@code /ruralitic/newsletter/archive} and
 * {@code …/archive/<id>}): the issues sent, newest first, each as it was sent, with nobody's data in it (the web
 * version is rendered apart from the mail, without the recipient's links).
 *
 * @since 0.3
 */
@Named("rtIssueArchive")
@RequestScoped
public class IssueArchive {

    private static final int PAGE_SIZE = 20;

    @Inject
    NewsletterIssues issues;

    @Inject
    Page page;

    private PageResult<NewsletterIssue> result;
    private NewsletterIssue issue;

    /** @return the issues of the page, newest first. */
    public PageResult<NewsletterIssue> getResult() {
        if (result == null) {
            result = issues.archive(PageRequest.of(page.number("page", 1), PAGE_SIZE));
        }
        return result;
    }

    /** @return the issue the address names; the page answers 404 for a draft or none. */
    public NewsletterIssue getIssue() {
        if (issue == null && !page.isNotFound()) {
            String id = page.getSlug();
            issue = id == null ? null : issues.archived(Long.parseLong(id)).orElse(null);
            if (issue == null) {
                page.notFound();
            }
        }
        return issue;
    }
}
