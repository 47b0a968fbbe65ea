package org.ruralitic.event;

/**
 * Where an edition stands. Only {@link #PUBLISHED} and {@link #CANCELLED} editions are shown to visitors.
 *
 * @since 0.1
 */
public enum EditionStatus {
    /** Being prepared, not shown. */
    DRAFT,
    /** Announced and shown. */
    PUBLISHED,
    /** Shown, marked as cancelled. */
    CANCELLED
}
