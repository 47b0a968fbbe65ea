/**
 * The newsletter as a visitor and a mail program meet it, on a real server that sends real mail: the sign-up form
 * with and without JavaScript, the confirmation and unsubscribe links, robots and cross-site posts.
 */
package org.ruralitic.newsletter;
