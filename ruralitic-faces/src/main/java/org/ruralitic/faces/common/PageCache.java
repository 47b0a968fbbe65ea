package org.ruralitic.faces.common;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rendered public pages, kept for the shared values' time to live (setting {@code cache.ttl}, 30 seconds by
 * default) and served again without rendering: pages are the same for every anonymous visitor of a language, and
 * their content changes rarely. A page is kept {@linkplain HttpCache.Prepared prepared}, digested and compressed
 * once, so that serving it again costs about what a static file costs; a page with {@link FreshValues} (a form's
 * stamp) is kept as a template they are put into each time. Pages marked no-store and answers other than 200 are
 * never kept.
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
    // When content kept now changes by itself (a scheduled article appears): no page is kept past it.
    private volatile Instant horizon = Instant.MAX;

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
     * @param page the rendered page.
     * @return the page, kept.
     */
    Page put(String key, Page page) {
        Instant now = clock.instant();
        if (pages.size() >= MAX_ENTRIES) {
            pages.values().removeIf(kept -> now.isAfter(kept.expires()));
            Iterator<String> keys = pages.keySet().iterator();
            while (pages.size() >= MAX_ENTRIES && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
        pages.put(key, page);
        return page;
    }

    /**
     * @param contentType the page's content type.
     * @param body the rendered page.
     * @param placeholders the page's {@link FreshValues}, usually none.
     * @param charset the page's encoding.
     * @return the page, prepared to be sent many times, and to be rendered again after the time to live.
     */
    Page page(String contentType, byte[] body, Map<String, Supplier<String>> placeholders, Charset charset) {
        Instant now = clock.instant();
        Instant expires = now.plus(timeToLive);
        if (horizon.isAfter(now) && horizon.isBefore(expires)) {
            expires = horizon;
        }
        return placeholders.isEmpty() ? new Page(contentType, HttpCache.Prepared.of(body), null, expires)
            : new Page(contentType, null, FreshValues.Template.of(body, placeholders, charset), expires);
    }

    /**
     * Forgets every page, after a change of content on this server: visitors see it at once.
     *
     * @param nextChange when content changes next by itself (a scheduled article), or {@code null}; pages kept
     *            from now on expire by then.
     */
    void clear(Instant nextChange) {
        horizon = nextChange == null ? Instant.MAX : nextChange;
        pages.clear();
    }

    /** @return how many pages are kept. */
    int size() {
        return pages.size();
    }

    /**
     * A rendered page: prepared, or a template when it holds values no two visitors may share.
     *
     * @param contentType its content type.
     * @param prepared its bytes, compressed form and entity tags; {@code null} for a template.
     * @param template the page around its fresh values, or {@code null}.
     * @param expires when it must be rendered again.
     */
    record Page(String contentType, HttpCache.Prepared prepared, FreshValues.Template template, Instant expires) {
    }
}
