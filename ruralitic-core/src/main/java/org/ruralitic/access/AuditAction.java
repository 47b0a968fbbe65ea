package org.ruralitic.access;

/**
 * What an actor did, as the audit log records it.
 *
 * @since 0.2
 */
public enum AuditAction {
    /** Created something. */
    CREATE,
    /** Saved a change. */
    EDIT,
    /** Submitted a draft for review. */
    SUBMIT,
    /** Published now or scheduled for later. */
    PUBLISH,
    /** Took back to draft. */
    UNPUBLISH,
    /** Withdrew from lists. */
    ARCHIVE,
    /** Moved to the bin. */
    DELETE,
    /** Took back from the bin, or restored an older revision. */
    RESTORE,
    /** Made a shareable preview link. */
    SHARE_PREVIEW,
    /** Uploaded a file. */
    UPLOAD,
    /** Sent a test of a newsletter issue to a few addresses. */
    SEND_TEST,
    /** Started sending a newsletter issue to every confirmed subscriber. */
    SEND,
    /** Searched or viewed personal data (subscribers). */
    VIEW_PERSONAL_DATA,
    /** Exported the confirmed subscribers. */
    EXPORT,
    /** Erased a subscriber (right to erasure). */
    ERASE,
    /** Sent a pending subscriber a new confirmation mail. */
    RESEND_CONFIRMATION,
    // Issue 12: the whole site's export.
    /** Exported the whole site as a content file (since 0.3). */
    EXPORT_SITE,
    // Editions (issue 12)
    /** Marked an edition as cancelled. */
    CANCEL
}
