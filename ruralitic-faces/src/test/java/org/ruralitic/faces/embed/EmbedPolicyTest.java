package org.ruralitic.faces.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmbedPolicyTest {

    @Test
    void byDefaultOnlyThePortalFramesTheEmbedPages() {
        assertThat(EmbedPolicy.policy(EmbedPolicy.origins(""))).endsWith("frame-ancestors 'self'")
            .contains("default-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void listedOriginsAreAddedSeparatedBySpacesOrCommas() {
        List<String> origins = EmbedPolicy.origins(" https://www.aurillac.fr, https://*.cantal.fr  http://localhost:*"
            + ",HTTPS://Tourisme.Example.org:8443/");
        assertThat(origins).containsExactly("https://www.aurillac.fr", "https://*.cantal.fr", "http://localhost:*",
            "https://tourisme.example.org:8443");
        assertThat(EmbedPolicy.policy(origins)).endsWith("frame-ancestors 'self' https://www.aurillac.fr "
            + "https://*.cantal.fr http://localhost:* https://tourisme.example.org:8443");
    }

    @Test
    void whatIsNotAnOriginNeverReachesTheHeader() {
        List<String> origins = EmbedPolicy.origins("https://ok.example.org https://evil.example.org;script-src * "
            + "'unsafe-inline' * https://a.example.org/path javascript:alert(1) data:");
        assertThat(origins).containsExactly("https://ok.example.org");
        assertThat(EmbedPolicy.policy(origins)).doesNotContain("evil").doesNotContain("unsafe-inline")
            .doesNotContain("script-src *");
    }
}
