package org.ruralitic.event;

import org.ruralitic.access.EditRefusal;

/**
 * An edition change refused for a reason the editor can act on (a slug another edition has, a co-located day
 * attached to a day), named by a message key of the Faces bundle and the form field it concerns.
 *
 * @since 0.3
 */
public class EditionEditException extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** Another edition has that slug. */
    public static final String SLUG_TAKEN = "admin.edition.slug.taken";
    /** A co-located day attaches to a main edition, not to itself or to another day. */
    public static final String PART_OF_INVALID = "admin.edition.partOf.invalid";
    /** Next year's edition starts from a main edition; its days come with it. */
    public static final String NEXT_OF_DAY = "admin.edition.next.colocated";
    /** The edition is not there (any more). */
    public static final String NOT_FOUND = "admin.edition.notFound";
    /** Another series has that code. */
    public static final String SERIES_CODE_TAKEN = "admin.series.code.taken";
    /** The series is not there (any more). */
    public static final String SERIES_NOT_FOUND = "admin.series.notFound";

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    public EditionEditException(String key, String field) {
        super(key, field);
    }
}
