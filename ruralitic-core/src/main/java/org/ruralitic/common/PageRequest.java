package org.ruralitic.common;

/**
 * Which page of a list to read. Out-of-range values from a URL are brought back into range, never rejected.
 *
 * @param page the number of the page, from 1.
 * @param size the number of items on a page, from 1 to {@value #MAX_SIZE}.
 * @since 0.1
 */
public record PageRequest(int page, int size) {

    /** Largest page a caller may ask for. */
    public static final int MAX_SIZE = 100;

    /** Normalises out-of-range values. */
    public PageRequest {
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    /**
     * @param page the number of the page, from 1.
     * @param size the number of items on a page.
     * @return the request, with out-of-range values brought into range.
     */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** @return the index of the first item of the page, from 0. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
