package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ExpiringTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2019-08-27T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void theLastValueIsKeptWhileTheDatabaseIsAwayAndReadAgainSoonAfter() {
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<Boolean> away = new AtomicReference<>(false);
        Expiring<String> edition = new Expiring<>(() -> {
            reads.incrementAndGet();
            if (away.get()) {
                throw new IllegalStateException("connection refused");
            }
            return "RuraliTIC " + reads.get();
        }, Duration.ofSeconds(30), clock);
        assertThat(edition.get()).isEqualTo("RuraliTIC 1");

        away.set(true);
        now.set(now.get().plusSeconds(31));
        assertThat(edition.get()).isEqualTo("RuraliTIC 1");
        assertThat(edition.get()).isEqualTo("RuraliTIC 1");
        assertThat(reads).hasValue(2); // not read again on every request while it is away

        away.set(false);
        now.set(now.get().plusSeconds(6));
        assertThat(edition.get()).isEqualTo("RuraliTIC 3");
    }

    @Test
    void withoutAValueYetTheFailureIsThePages() {
        Expiring<String> edition = new Expiring<>(() -> {
            throw new IllegalStateException("connection refused");
        }, Duration.ofSeconds(30), clock);
        assertThatThrownBy(edition::get).hasMessage("connection refused");
    }
}
