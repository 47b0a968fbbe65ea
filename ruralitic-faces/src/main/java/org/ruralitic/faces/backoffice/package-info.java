/**
 * The plumbing every back-office page shares: who is signed in and with which roles ({@link
 * org.ruralitic.faces.backoffice.Staff}), the guard of {@code /ruralitic/admin/} ({@link
 * org.ruralitic.faces.backoffice.AdminFilter}), the roles the library declares, views that survive their expiry,
 * and errors tied to form fields. The editors themselves live beside their feature's public pages
 * ({@code org.ruralitic.faces.article}...).
 */
package org.ruralitic.faces.backoffice;
