/**
 * Integration tests of the whole site's export, downloaded over HTTP with the sample portal's real logins.
 */
package org.ruralitic.faces.content;
