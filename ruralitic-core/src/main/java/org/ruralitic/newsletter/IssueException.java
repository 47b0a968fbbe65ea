package org.ruralitic.newsletter;

import org.ruralitic.access.EditRefusal;

/**
 * Refuses an action on a newsletter issue for a reason the editor can act on, named by a message key of the Faces
 * bundle ({@code ruralitic.issue.*}) and the form field it concerns.
 *
 * @since 0.3
 */
public class IssueException extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** The issue is gone, or never was. */
    public static final String NOT_FOUND = "ruralitic.issue.notFound";

    /** The issue has been sent: it no longer changes and is not sent again. */
    public static final String ALREADY_SENT = "ruralitic.issue.alreadySent";

    /** The newsletter lacks settings to send (see {@link NewsletterService#missingSettings()}). */
    public static final String CLOSED = "ruralitic.issue.closed";

    /** A test goes to one to {@value NewsletterIssues#MAX_TEST_ADDRESSES} valid addresses. */
    public static final String TEST_ADDRESSES = "ruralitic.issue.test.addresses";

    /** The confirmation step of the send was not ticked. */
    public static final String NOT_CONFIRMED = "ruralitic.issue.send.unconfirmed";

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    public IssueException(String key, String field) {
        super(key, field);
    }
}
