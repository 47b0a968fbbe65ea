/**
 * Integration tests of the edition pages, read over HTTP as an anonymous visitor reads them.
 */
package org.ruralitic.faces.event;
