package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    void outsideTheRouterThereIsNoPlaceholder() {
        assertThat(FreshValues.placeholder(new HashMap<>(), "stamp", () -> "x")).isNull();
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
