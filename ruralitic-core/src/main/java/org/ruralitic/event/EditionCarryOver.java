package org.ruralitic.event;

/**
 * What another feature carries over from an edition to the next one when an editor starts next year's edition from
 * last year's, such as the partner wall; {@link EditionEditing} calls every such CDI bean, in the same transaction.
 * It keeps {@code event} free of the features that depend on it.
 *
 * @since 0.3
 */
public interface EditionCarryOver {

    /**
     * @param from the edition started from.
     * @param next the new edition, recorded (it has an id).
     */
    void carryOver(Edition from, Edition next);
}
