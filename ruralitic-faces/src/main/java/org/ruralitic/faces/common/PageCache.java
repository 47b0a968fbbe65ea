package org.ruralitic.faces.common;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What RuraliTIC rendered, kept for the shared values' time to live (setting {@code cache.ttl}, 30 seconds by
 * default) and served again without rendering it: whole public pages for anonymous visitors, and the parts of pages
 * that are the same for everyone ({@link CachedOutput}: the content of a drop-in page, the output of a tag), so that a
 * visitor with a session or a principal only has the portal's template rendered for them.
 * <p>
 * A page is kept {@linkplain HttpCache.Prepared prepared}, digested and compressed once, so that serving it again
 * costs about what a static file costs; a page with {@link FreshValues} (a form's stamp) is kept as a template they
 * are put into each time. Pages marked no-store and answers other than 200 are never kept. Nothing is kept past the
 * next change of content: {@link #clear} forgets everything after an edit on this server, and the next scheduled
 * publication is a horizon no entry outlives; other servers see a change within the time to live, parts included,
 * since a page made of kept parts expires with the first of them.
 * <p>
 * Each kind holds at most {@value #MAX_ENTRIES} entries ({@value #MAX_FRAGMENTS} fragments), so that random query
 * strings cannot fill the memory: when it is full, expired entries go first, then any. Reads take no lock.
 *
 * @since 0.1
 */
final class PageCache {

    static final int MAX_ENTRIES = 500;

    static final int MAX_FRAGMENTS = 4 * MAX_ENTRIES;

    private final Duration timeToLive;
    private final Clock clock;
    private final boolean counting;
    private final Shelf<Page> pages = new Shelf<>(MAX_ENTRIES, Page::expires);
    private final Shelf<Parts> parts = new Shelf<>(MAX_ENTRIES, Parts::expires);
    private final Shelf<Fragment> fragments = new Shelf<>(MAX_FRAGMENTS, Fragment::expires);
    // When content kept now changes by itself (a scheduled article appears): nothing is kept past it.
    private volatile Instant horizon = Instant.MAX;

    PageCache(Duration timeToLive, Clock clock) {
        this(timeToLive, clock, false);
    }

    /**
     * @param timeToLive how long a page or part is kept; zero keeps nothing.
     * @param clock the clock.
     * @param counting whether statements are counted: a request that asks for the count is then rendered anew, parts
     *            included ({@link Router#SQL_HEADER}).
     */
    PageCache(Duration timeToLive, Clock clock, boolean counting) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.counting = counting;
    }

    /**
     * @param context the servlet context.
     * @return the cache of the portal, or {@code null} before the {@link Router} started.
     */
    static PageCache of(ServletContext context) {
        return context.getAttribute(PageCache.class.getName()) instanceof PageCache cache ? cache : null;
    }

    /** @return whether anything is kept at all ({@code cache.ttl} above zero). */
    boolean enabled() {
        return !timeToLive.isZero();
    }

    /**
     * @param request a request.
     * @return whether it must be rendered anew, without anything kept: it asks for the statements a render costs.
     */
    boolean rendersAnew(HttpServletRequest request) {
        return counting && request.getHeader(Router.SQL_HEADER) != null;
    }

    /**
     * @param key the page's address and language.
     * @return the page, if kept and still fresh.
     */
    Page get(String key) {
        return pages.get(key, clock.instant());
    }

    /**
     * @param key the page's address and language.
     * @param page the rendered page.
     * @return the page, kept.
     */
    Page put(String key, Page page) {
        return pages.put(key, page, clock.instant());
    }

    /**
     * @param contentType the page's content type.
     * @param body the rendered page.
     * @param placeholders the page's {@link FreshValues}, usually none.
     * @param charset the page's encoding.
     * @return the page, prepared to be sent many times, and to be rendered again after the time to live.
     */
    Page page(String contentType, byte[] body, Map<String, Supplier<String>> placeholders, Charset charset) {
        return page(contentType, body, placeholders, charset, Instant.MAX);
    }

    /**
     * @param contentType the page's content type.
     * @param body the rendered page.
     * @param placeholders the page's {@link FreshValues}, usually none.
     * @param charset the page's encoding.
     * @param latest when the kept parts it was made of expire: the page expires by then too.
     * @return the page, prepared to be sent many times, and to be rendered again after the time to live.
     */
    Page page(String contentType, byte[] body, Map<String, Supplier<String>> placeholders, Charset charset,
        Instant latest) {
        Instant expires = expiry(latest);
        return placeholders.isEmpty() ? new Page(contentType, HttpCache.Prepared.of(body), null, expires)
            : new Page(contentType, null, FreshValues.Template.of(body, placeholders, charset), expires);
    }

    /**
     * @param latest when what it was made of expires, {@link Instant#MAX} when nothing kept went into it.
     * @return when something rendered now must be rendered again.
     */
    Instant expiry(Instant latest) {
        Instant now = clock.instant();
        Instant expires = now.plus(timeToLive);
        if (horizon.isAfter(now) && horizon.isBefore(expires)) {
            expires = horizon;
        }
        return latest.isBefore(expires) ? latest : expires;
    }

    /**
     * @param key the page's address and language.
     * @return the parts of that page that are the same for every visitor, if kept and still fresh.
     */
    Parts parts(String key) {
        return parts.get(key, clock.instant());
    }

    /**
     * @param key the page's address and language.
     * @param kept the parts of that page, by name ({@code title}, {@code head}, {@code content}).
     */
    void keepParts(String key, Map<String, Fragment> kept) {
        Instant expires = kept.values().stream().map(Fragment::expires).min(Instant::compareTo).orElse(Instant.MAX);
        parts.put(key, new Parts(Map.copyOf(kept), expires), clock.instant());
    }

    /**
     * @param key what the fragment is (its place in a view, its tag's attributes, the page's address and language).
     * @return the fragment, if kept and still fresh.
     */
    Fragment fragment(String key) {
        return fragments.get(key, clock.instant());
    }

    /**
     * @param key what the fragment is.
     * @param fragment the fragment, rendered.
     */
    void keepFragment(String key, Fragment fragment) {
        fragments.put(key, fragment, clock.instant());
    }

    /**
     * Forgets every page and part, after a change of content on this server: visitors see it at once.
     *
     * @param nextChange when content changes next by itself (a scheduled article), or {@code null}; what is kept
     *            from now on expires by then.
     */
    void clear(Instant nextChange) {
        horizon = nextChange == null ? Instant.MAX : nextChange;
        pages.clear();
        parts.clear();
        fragments.clear();
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

    /**
     * Rendered markup that is the same for every visitor, with the placeholders of the {@link FreshValues} it holds.
     *
     * @param html the markup.
     * @param fresh its placeholders and what gives their values, usually none.
     * @param expires when it must be rendered again.
     */
    record Fragment(String html, Map<String, Supplier<String>> fresh, Instant expires) {
    }

    /**
     * The parts of a drop-in page that its template does not make: what a visitor with a session gets inside their
     * own rendering of the template.
     *
     * @param parts by name ({@code title}, {@code head}, {@code content}).
     * @param expires when the first of them expires.
     */
    record Parts(Map<String, Fragment> parts, Instant expires) {
    }

    /** Entries of one kind, bounded, read without a lock. */
    private static final class Shelf<V> {

        private final int bound;
        private final Function<V, Instant> expiry;
        private final Map<String, V> entries = new ConcurrentHashMap<>();

        Shelf(int bound, Function<V, Instant> expiry) {
            this.bound = bound;
            this.expiry = expiry;
        }

        V get(String key, Instant now) {
            V value = entries.get(key);
            if (value != null && now.isAfter(expiry.apply(value))) {
                entries.remove(key, value);
                return null;
            }
            return value;
        }

        V put(String key, V value, Instant now) {
            if (entries.size() >= bound) {
                entries.values().removeIf(kept -> now.isAfter(expiry.apply(kept)));
                Iterator<String> keys = entries.keySet().iterator();
                while (entries.size() >= bound && keys.hasNext()) {
                    keys.next();
                    keys.remove();
                }
            }
            entries.put(key, value);
            return value;
        }

        void clear() {
            entries.clear();
        }

        int size() {
            return entries.size();
        }
    }
}
