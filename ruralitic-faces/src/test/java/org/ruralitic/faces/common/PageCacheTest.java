package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final Instant NOW = Instant.parse("2019-08-27T08:00:00Z");

    private final byte[] page = "<p>Le Smart Village</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void aPageIsKeptPreparedForItsTimeToLive() throws IOException {
        PageCache cache = new PageCache(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
        cache.put("fr /ruralitic/", "text/html;charset=UTF-8", page);

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
        assertThat(cache.put("fr /ruralitic/", "text/html", "<p>court</p>".getBytes(StandardCharsets.UTF_8))
            .prepared().gzipped()).isNull();
    }

    @Test
    void anExpiredPageIsRenderedAgain() {
        MovingClock clock = new MovingClock();
        PageCache cache = new PageCache(Duration.ofSeconds(30), clock);
        cache.put("fr /ruralitic/", "text/html", page);
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
            cache.put("fr /ruralitic/?x=" + i, "text/html", page);
        }
        assertThat(cache.size()).isEqualTo(PageCache.MAX_ENTRIES);
        // The last page is always kept; expired pages make room first.
        assertThat(cache.get("fr /ruralitic/?x=" + (PageCache.MAX_ENTRIES * 3 - 1))).isNotNull();
        clock.now = NOW.plusSeconds(31);
        cache.put("fr /ruralitic/", "text/html", page);
        assertThat(cache.size()).isEqualTo(1);
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
