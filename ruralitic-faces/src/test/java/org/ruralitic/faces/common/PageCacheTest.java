package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final Instant NOW = Instant.parse("2019-08-27T08:00:00Z");

    private final byte[] page = "<p>Le Smart Village</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void aPageIsKeptPreparedForItsTimeToLive() throws IOException {
        PageCache cache = new PageCache(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
        put(cache, "fr /ruralitic/", "text/html;charset=UTF-8", page);

        PageCache.Page kept = cache.get("fr /ruralitic/");
        assertThat(kept.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(kept.prepared().body()).isEqualTo(page);
        assertThat(kept.prepared().etag()).isEqualTo("\"" + HttpCache.digest(page) + "\"");
        assertThat(kept.prepared().gzipEtag()).isEqualTo("\"" + HttpCache.digest(page) + "-gz\"");
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(kept.prepared().gzipped()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(page);
        }
        assertThat(cache.get("en /ruralitic/")).isNull();
    }

    @Test
    void aSmallPageIsNotCompressed() {
        PageCache cache = new PageCache(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(put(cache, "fr /ruralitic/", "text/html", "<p>court</p>".getBytes(StandardCharsets.UTF_8))
            .prepared().gzipped()).isNull();
    }

    @Test
    void anExpiredPageIsRenderedAgain() {
        MovingClock clock = new MovingClock();
        PageCache cache = new PageCache(Duration.ofSeconds(30), clock);
        put(cache, "fr /ruralitic/", "text/html", page);
        clock.now = NOW.plusSeconds(30);
        assertThat(cache.get("fr /ruralitic/")).isNotNull();
        clock.now = NOW.plusSeconds(31);
        assertThat(cache.get("fr /ruralitic/")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void randomAddressesCannotGrowItBeyondItsBound() {
        MovingClock clock = new MovingClock();
        PageCache cache = new PageCache(Duration.ofSeconds(30), clock);
        for (int i = 0; i < PageCache.MAX_ENTRIES * 3; i++) {
            put(cache, "fr /ruralitic/?x=" + i, "text/html", page);
        }
        assertThat(cache.size()).isEqualTo(PageCache.MAX_ENTRIES);
        // The last page is always kept; expired pages make room first.
        assertThat(cache.get("fr /ruralitic/?x=" + (PageCache.MAX_ENTRIES * 3 - 1))).isNotNull();
        clock.now = NOW.plusSeconds(31);
        put(cache, "fr /ruralitic/", "text/html", page);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aPageWithFreshValuesIsKeptAsATemplateFilledAnewEachTime() {
        PageCache cache = new PageCache(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Object> request = new HashMap<>();
        request.put(FreshValues.ATTRIBUTE, FreshValues.none());
        AtomicInteger issued = new AtomicInteger();
        String placeholder = FreshValues.placeholder(request, "stamp", () -> "stamp-" + issued.incrementAndGet());
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> placeholders = (Map<String, Supplier<String>>) request.get(FreshValues.ATTRIBUTE);
        byte[] rendered = ("<p>Lettre d'information</p><input name=\"rt-stamp\" value=\"" + placeholder + "\"/>")
            .getBytes(StandardCharsets.UTF_8);

        PageCache.Page kept = cache.put("fr /ruralitic/", cache.page("text/html", rendered, placeholders,
            StandardCharsets.UTF_8));
        assertThat(kept.prepared()).isNull();
        assertThat(new String(kept.template().fill(), StandardCharsets.UTF_8))
            .isEqualTo("<p>Lettre d'information</p><input name=\"rt-stamp\" value=\"stamp-1\"/>");
        assertThat(new String(cache.get("fr /ruralitic/").template().fill(), StandardCharsets.UTF_8))
            .isEqualTo("<p>Lettre d'information</p><input name=\"rt-stamp\" value=\"stamp-2\"/>");
    }

    @Test
    void everyOccurrenceOfAPlaceholderIsFilledAmongOtherCharacters() {
        Map<String, Object> request = new HashMap<>();
        request.put(FreshValues.ATTRIBUTE, FreshValues.none());
        String stamp = FreshValues.placeholder(request, "stamp", () -> "s-1");
        String other = FreshValues.placeholder(request, "other", () -> "o-1");
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> placeholders = (Map<String, Supplier<String>>) request.get(FreshValues.ATTRIBUTE);
        String page = "<p>Été rt-fresh-</p>" + stamp + "·" + other + "<i>" + stamp + "</i>";
        FreshValues.Template template = FreshValues.Template.of(page.getBytes(StandardCharsets.UTF_8), placeholders,
            StandardCharsets.UTF_8);
        assertThat(new String(template.fill(), StandardCharsets.UTF_8)).isEqualTo("<p>Été rt-fresh-</p>s-1·o-1<i>s-1</i>");
    }

    @Test
    void outsideTheRouterThereIsNoPlaceholder() {
        assertThat(FreshValues.placeholder(new HashMap<>(), "stamp", () -> "x")).isNull();
    }

    @Test
    void aPageMadeOfKeptPartsExpiresWithTheFirstOfThem() {
        MovingClock clock = new MovingClock();
        PageCache cache = new PageCache(Duration.ofSeconds(30), clock);
        PageCache.Fragment older = new PageCache.Fragment("<h1>Programme</h1>", Map.of(), cache.expiry(Instant.MAX));
        clock.now = NOW.plusSeconds(20);
        PageCache.Fragment newer = new PageCache.Fragment("<title>Programme</title>", Map.of(), cache.expiry(Instant.MAX));
        cache.keepParts("fr /ruralitic/programme", Map.of("content", older, "title", newer));

        // Rendered at +20 s from a part kept at 0 s: the page goes at +30 s with that part, not at +50 s.
        PageCache.Page page = cache.put("fr /ruralitic/programme", cache.page("text/html", this.page, Map.of(),
            StandardCharsets.UTF_8, older.expires()));
        assertThat(page.expires()).isEqualTo(NOW.plusSeconds(30));
        assertThat(cache.parts("fr /ruralitic/programme").expires()).isEqualTo(NOW.plusSeconds(30));
        clock.now = NOW.plusSeconds(31);
        assertThat(cache.parts("fr /ruralitic/programme")).isNull();
        assertThat(cache.get("fr /ruralitic/programme")).isNull();
    }

    @Test
    void aChangeForgetsPagesPartsAndFragmentsAndNothingOutlivesTheNextScheduledArticle() {
        MovingClock clock = new MovingClock();
        PageCache cache = new PageCache(Duration.ofSeconds(30), clock);
        PageCache.Fragment list = new PageCache.Fragment("<ul></ul>", Map.of(), cache.expiry(Instant.MAX));
        cache.keepFragment("fr /ruralitic/ @articleList", list);
        cache.keepParts("fr /ruralitic/", Map.of("content", list));
        put(cache, "fr /ruralitic/", "text/html", page);

        cache.clear(NOW.plusSeconds(10));
        assertThat(cache.fragment("fr /ruralitic/ @articleList")).isNull();
        assertThat(cache.parts("fr /ruralitic/")).isNull();
        assertThat(cache.get("fr /ruralitic/")).isNull();
        assertThat(cache.expiry(Instant.MAX)).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void fragmentsAreBoundedToo() {
        PageCache cache = new PageCache(Duration.ofSeconds(30), new MovingClock());
        for (int i = 0; i < PageCache.MAX_FRAGMENTS * 2; i++) {
            cache.keepFragment("fr /ruralitic/?x=" + i, new PageCache.Fragment("<p></p>", Map.of(), NOW.plusSeconds(30)));
        }
        assertThat(cache.fragment("fr /ruralitic/?x=" + (PageCache.MAX_FRAGMENTS * 2 - 1))).isNotNull();
        long kept = java.util.stream.IntStream.range(0, PageCache.MAX_FRAGMENTS * 2)
            .filter(i -> cache.fragment("fr /ruralitic/?x=" + i) != null).count();
        assertThat(kept).isEqualTo(PageCache.MAX_FRAGMENTS);
    }

    @Test
    void onlyACountingRequestForTheCountIsRenderedAnew() {
        HttpServletRequest counting = request(Map.of(Router.SQL_HEADER, "count"));
        assertThat(new PageCache(Duration.ofSeconds(30), new MovingClock(), true).rendersAnew(counting)).isTrue();
        assertThat(new PageCache(Duration.ofSeconds(30), new MovingClock(), false).rendersAnew(counting)).isFalse();
        assertThat(new PageCache(Duration.ofSeconds(30), new MovingClock(), true).rendersAnew(request(Map.of())))
            .isFalse();
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(PageCacheTest.class.getClassLoader(),
            new Class<?>[] { HttpServletRequest.class },
            (proxy, method, args) -> "getHeader".equals(method.getName()) ? headers.get(args[0]) : null);
    }

    private static PageCache.Page put(PageCache cache, String key, String contentType, byte[] body) {
        return cache.put(key, cache.page(contentType, body, Map.of(), StandardCharsets.UTF_8));
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
