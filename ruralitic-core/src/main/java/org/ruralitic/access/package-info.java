/**
 * Who may do what in the back-office: the library's {@link org.ruralitic.access.Role roles}, the
 * {@link org.ruralitic.access.Actor actor} a service is called for, and the audit log of what actors did.
 * <p>
 * Authentication is the portal's: this package never sees a password. The Faces layer tells services who the
 * signed-in user is; every service that changes content checks the actor's role itself, whatever page called it.
 */
package org.ruralitic.access;
