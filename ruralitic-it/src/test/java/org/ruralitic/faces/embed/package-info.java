/**
 * Tests of the widgets for other sites: embed pages framed by a plain HTML page of another origin, the web components
 * on such a page under a strict Content-Security-Policy, with and without JavaScript, and the oEmbed provider.
 */
package org.ruralitic.faces.embed;
