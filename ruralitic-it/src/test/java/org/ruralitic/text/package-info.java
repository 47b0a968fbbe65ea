/**
 * The inline formatting of article text on a real server: formatted where it should be, and hostile text inert on
 * the public page, in the Atom feed and in the API.
 */
package org.ruralitic.text;
