/**
 * The demo portal's own bits, off unless the demo profile ({@code mvn -Pdemo}) switches them on: a local mail sink
 * and the page that lists what it received, so that the newsletter works end to end without sending a real mail.
 * <p>
 * Nothing here is part of the library; the integration tests deploy the same WAR with all of it off.
 */
package org.ruralitic.demo;
