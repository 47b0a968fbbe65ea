package org.ruralitic.faces.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap (sitemaps.org protocol 0.9) with the JDK's StAX writer.
 *
 * @since 0.1
 */
public final class SitemapWriter {

    /** The namespace of sitemaps. */
    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private SitemapWriter() {
    }

    /**
     * One page of the sitemap.
     *
     * @param location its absolute address.
     * @param modified when it last changed, or {@code null}.
     */
    public record Entry(String location, Instant modified) {
    }

    /**
     * @param entries the pages.
     * @return the sitemap, UTF-8.
     * @throws XMLStreamException never, with the JDK's writer.
     */
    public static byte[] sitemap(List<Entry> entries) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (Entry entry : entries) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(entry.location());
            xml.writeEndElement();
            if (entry.modified() != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(W3C.format(entry.modified()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }
}
