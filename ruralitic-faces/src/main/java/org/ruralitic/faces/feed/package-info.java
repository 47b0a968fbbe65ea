/**
 * Machine-readable views of the site: the Atom feed of the news ({@code /ruralitic/feed/articles.atom}) and the
 * sitemap of the public pages ({@code /ruralitic/sitemap.xml}), written with the JDK's StAX writer.
 */
package org.ruralitic.faces.feed;
