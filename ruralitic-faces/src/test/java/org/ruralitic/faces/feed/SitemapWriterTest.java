package org.ruralitic.faces.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;

/**
 * The sitemap against the sitemap schema.
 */
class SitemapWriterTest {

    static Schema schema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(SitemapWriterTest.class.getResource("sitemap.xsd"));
    }

    @Test
    void theSitemapIsValidAgainstTheSchema() throws Exception {
        byte[] sitemap = SitemapWriter.sitemap(List.of(
            new SitemapWriter.Entry("https://www.example.org/ruralitic/", Instant.parse("2019-07-25T08:00:00Z")),
            new SitemapWriter.Entry("https://www.example.org/ruralitic/articles/a?edition=b&x=y", null)));
        assertThatCode(() -> schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(sitemap))))
            .doesNotThrowAnyException();
        assertThat(new String(sitemap, StandardCharsets.UTF_8)).contains("<lastmod>2019-07-25T08:00:00Z</lastmod>")
            .contains("?edition=b&amp;x=y");
    }
}
