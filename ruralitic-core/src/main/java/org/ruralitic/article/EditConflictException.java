package org.ruralitic.article;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

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

    /**
     * Writes the changes of the entity manager now, so that a save that raced another one fails here, as a conflict:
     * JPA's {@code OptimisticLockException}, thrown as is or wrapped, becomes this exception.
     *
     * @param entityManager the entity manager of the save.
     * @param now the time of the save, told as the conflict's time (who won is not known here).
     * @throws EditConflictException when a version had changed.
     */
    public static void flush(EntityManager entityManager, Instant now) {
        try {
            entityManager.flush();
        }
        catch (OptimisticLockException e) {
            throw new EditConflictException("?", now, -1, 0);
        }
        catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new EditConflictException("?", now, -1, 0);
            }
            throw e;
        }
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
