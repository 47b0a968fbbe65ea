package org.ruralitic.faces.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rendered public pages, kept for the shared values' time to live (setting {@code cache.ttl}, 30 seconds by
 * default) and served again without rendering: pages are the same for every anonymous visitor of a language, and
 * their content changes rarely. Pages with a form (no-store) and answers other than 200 are never kept; the cache
 * holds at most {@value #MAX_ENTRIES} pages, so that random query strings cannot fill the memory.
 *
 * @since 0.1
 */
final class PageCache {

    static final int MAX_ENTRIES = 500;

    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    PageCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /**
     * @param key the page's address and language.
     * @return the page, if kept and still fresh.
     */
    synchronized Page get(String key) {
        Page page = pages.get(key);
        if (page != null && clock.instant().isAfter(page.expires())) {
            pages.remove(key);
            return null;
        }
        return page;
    }

    synchronized void put(String key, String contentType, byte[] body) {
        pages.put(key, new Page(contentType, body, clock.instant().plus(timeToLive)));
    }

    /**
     * A rendered page.
     *
     * @param contentType its content type.
     * @param body its bytes.
     * @param expires when it must be rendered again.
     */
    record Page(String contentType, byte[] body, Instant expires) {
    }
}
