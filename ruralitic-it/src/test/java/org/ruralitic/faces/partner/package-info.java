/**
 * Integration tests of the partner wall and its back-office, over HTTP with the sample portal's real logins.
 */
package org.ruralitic.faces.partner;
