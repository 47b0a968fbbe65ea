package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalRoutesTest {

    @Test
    void theThreePublicSectorPagesAreRoutedToOneCachedViewWithTheirSlug() {
        for (String slug : new String[] {"accessibility", "legal-notice", "personal-data"}) {
            Router.Match match = Router.match("/" + slug).orElseThrow();
            assertThat(match.route().view()).isEqualTo("legal");
            assertThat(match.route().cacheable()).isTrue();
            assertThat(match.slug()).isEqualTo(slug);
            assertThat(Router.match("/" + slug + "/")).isPresent();
        }
        assertThat(Router.match("/legal")).isEmpty();
        assertThat(Router.match("/accessibility/other")).isEmpty();
    }

    @Test
    void theViewFileIsNotReachedOutOfItsAddresses() {
        assertThat(Router.isViewFile("/legal.xhtml")).isTrue();
    }
}
