/**
 * The newsletter's pages and widget: the sign-up form ({@code <r:newsletterSignUp/>}), the servlet that receives its
 * POSTs and those of the confirmation and unsubscribe pages, and the request-scoped state the views show.
 * <p>
 * The rules of the list (double opt-in, tokens, anti-abuse) belong to {@code org.ruralitic.newsletter} in the core,
 * never here: this package only turns HTTP requests into calls of {@code NewsletterService} and outcomes into pages.
 */
package org.ruralitic.faces.newsletter;
