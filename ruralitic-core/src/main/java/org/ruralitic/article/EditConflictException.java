package org.ruralitic.article;

import java.time.Instant;

/**
 * Refuses a save made over a version of the article that someone else has changed since: nothing is overwritten. The
 * form keeps what its editor typed and shows who changed what ({@link #getRevisionNumber()}).
 *
 * @since 0.2
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final Instant savedAt;
    private final int currentVersion;
    private final int revisionNumber;

    /**
     * @param savedBy who saved the change in between.
     * @param savedAt when.
     * @param currentVersion the article's version now.
     * @param revisionNumber the revision that change made, to compare with.
     */
    public EditConflictException(String savedBy, Instant savedAt, int currentVersion, int revisionNumber) {
        super("The article was changed by " + savedBy + " at " + savedAt + " (revision " + revisionNumber + ")");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
        this.revisionNumber = revisionNumber;
    }

    /** @return who saved the change in between. */
    public String getSavedBy() {
        return savedBy;
    }

    /** @return when. */
    public Instant getSavedAt() {
        return savedAt;
    }

    /** @return the article's version now: a draft at it saves over that change. */
    public int getCurrentVersion() {
        return currentVersion;
    }

    /** @return the revision of that change. */
    public int getRevisionNumber() {
        return revisionNumber;
    }
}
