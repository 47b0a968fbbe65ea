package org.ruralitic.faces.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered public pages, kept for the shared values' time to live (setting {@code cache.ttl}, 30 seconds by
 * default) and served again without rendering: pages are the same for every anonymous visitor of a language, and
 * their content changes rarely. A page is kept {@linkplain HttpCache.Prepared prepared}, digested and compressed
 * once, so that serving it again costs about what a static file costs. Pages with a form (no-store) and answers
 * other than 200 are never kept.
 * <p>
 * The cache holds at most {@value #MAX_ENTRIES} pages, so that random query strings cannot fill the memory: when it
 * is full, expired pages go first, then any page. Reads take no lock.
 *
 * @since 0.1
 */
final class PageCache {

    static final int MAX_ENTRIES = 500;

    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PageCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /**
     * @param key the page's address and language.
     * @return the page, if kept and still fresh.
     */
    Page get(String key) {
        Page page = pages.get(key);
        if (page != null && clock.instant().isAfter(page.expires())) {
            pages.remove(key, page);
            return null;
        }
        return page;
    }

    /**
     * @param key the page's address and language.
     * @param contentType its content type.
     * @param body its complete body.
     * @return the page as kept.
     */
    Page put(String key, String contentType, byte[] body) {
        Instant now = clock.instant();
        if (pages.size() >= MAX_ENTRIES) {
            pages.values().removeIf(page -> now.isAfter(page.expires()));
            Iterator<String> keys = pages.keySet().iterator();
            while (pages.size() >= MAX_ENTRIES && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
        Page page = new Page(contentType, HttpCache.Prepared.of(body), now.plus(timeToLive));
        pages.put(key, page);
        return page;
    }

    /** @return how many pages are kept. */
    int size() {
        return pages.size();
    }

    /**
     * A rendered page.
     *
     * @param contentType its content type.
     * @param prepared its bytes, compressed form and entity tags.
     * @param expires when it must be rendered again.
     */
    record Page(String contentType, HttpCache.Prepared prepared, Instant expires) {
    }
}
