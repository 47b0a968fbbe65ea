package org.ruralitic.content;

/**
 * A content file that cannot be imported; the message names the item and what is wrong with it.
 *
 * @since 0.1
 */
public class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, and where.
     */
    public ContentException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, and where.
     * @param cause the underlying failure.
     */
    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
