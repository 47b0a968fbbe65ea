package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final List<String> NO_ADDRESS = List.of();

    @Test
    void aPostFromThePortalsOwnPageIsAccepted() {
        assertThat(SameOrigin.isCrossSite(post("Host", "localhost:8080", "Origin", "http://localhost:8080"), NO_ADDRESS))
            .isFalse();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Origin", "https://WWW.cantal.fr:443"), NO_ADDRESS))
            .isFalse();
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Origin", "https://evil.example"), NO_ADDRESS))
            .isTrue();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Origin", "https://www.cantal.fr.evil.example"),
            NO_ADDRESS)).isTrue();
        assertThat(SameOrigin.isCrossSite(post("Host", "localhost:8080", "Origin", "http://localhost:8081"), NO_ADDRESS))
            .isTrue();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Origin", "null"), NO_ADDRESS)).isTrue();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Origin", "not a url"), NO_ADDRESS)).isTrue();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Sec-Fetch-Site", "cross-site"), NO_ADDRESS))
            .isTrue();
    }

    @Test
    void behindAProxyThePublicAddressIsTheOrigin() {
        assertThat(SameOrigin.isCrossSite(post("Host", "10.0.0.7:8080", "Origin", "https://www.cantal.fr"),
            List.of("https://www.cantal.fr/"))).isFalse();
    }

    @Test
    void aRequestWithoutBrowserHeadersIsLeftToTheOtherChecks() {
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr"), NO_ADDRESS)).isFalse();
        assertThat(SameOrigin.isCrossSite(post("Host", "www.cantal.fr", "Sec-Fetch-Site", "same-origin"), NO_ADDRESS))
            .isFalse();
    }

    private static HttpServletRequest post(String... headers) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            values.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginTest.class.getClassLoader(),
            new Class<?>[] { HttpServletRequest.class }, (proxy, method, arguments) -> switch (method.getName()) {
                case "getHeader" -> values.get(((String) arguments[0]).toLowerCase(Locale.ROOT));
                case "getMethod" -> "POST";
                default -> null;
            });
    }
}
