package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aTagOfOursMatchesStrongOrWeakAmongOthers() {
        assertThat(HttpCache.matches(List.of("\"abc\""), "\"abc\"")).isTrue();
        assertThat(HttpCache.matches(List.of("W/\"abc\""), "\"abc\"")).isTrue();
        assertThat(HttpCache.matches(List.of("\"x\", \"abc\""), "\"abc\"")).isTrue();
        assertThat(HttpCache.matches(List.of("*"), "\"abc\"")).isTrue();
    }

    @Test
    void malformedHeadersMatchNothingAndFailNothing() {
        assertThat(HttpCache.matches(List.of("\"abc"), "\"abc\"")).isFalse();
        assertThat(HttpCache.matches(List.of("W/\"abc"), "\"abc\"")).isFalse();
        assertThat(HttpCache.matches(List.of(","), "\"abc\"")).isFalse();
        assertThat(HttpCache.matches(List.of(""), "\"abc\"")).isFalse();
        assertThat(HttpCache.matches(null, "\"abc\"")).isFalse();
    }
}
