package org.ruralitic.common;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer, ordered list.
 *
 * @param <T> the type of the items.
 * @param items the items of this page, in order.
 * @param page the number of this page, from 1.
 * @param size the largest number of items on a page.
 * @param total the number of items on all pages.
 * @since 0.1
 */
public record PageResult<T>(List<T> items, int page, int size, long total) implements Serializable {

    /** @return the number of pages, at least 1. */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** @return whether a page follows this one. */
    public boolean hasNext() {
        return page < pageCount();
    }

    /** @return whether a page precedes this one. */
    public boolean hasPrevious() {
        return page > 1;
    }
}
