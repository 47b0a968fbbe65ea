package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicRequestTest {

    @Test
    void facesOwnParametersAreReservedAndThePagesOnesAreNot() {
        assertThat(PublicRequest.isReserved("jakarta.faces.ViewState")).isTrue();
        assertThat(PublicRequest.isReserved("JAKARTA.FACES.VIEWSTATE")).isTrue();
        assertThat(PublicRequest.isReserved("jakarta.faces.partial.ajax")).isTrue();
        assertThat(PublicRequest.isReserved("javax.faces.ViewState")).isTrue();
        assertThat(PublicRequest.isReserved("jfwid")).isTrue();
        assertThat(PublicRequest.isReserved("page")).isFalse();
        assertThat(PublicRequest.isReserved("rt-email")).isFalse();
    }

    @Test
    void theViewsAsFilesAreToldFromTheirAddresses() {
        assertThat(Router.isViewFile("/home.xhtml")).isTrue();
        assertThat(Router.isViewFile("/newsletter-outcome.jsf")).isTrue();
        assertThat(Router.isViewFile("/layout/default.xhtml")).isTrue();
        assertThat(Router.isViewFile("/articles")).isFalse();
        assertThat(Router.isViewFile("/admin/articles.xhtml")).isFalse(); // the back-office's views are its own
        assertThat(Router.isViewFile("/sitemap.xml")).isFalse();
    }
}
