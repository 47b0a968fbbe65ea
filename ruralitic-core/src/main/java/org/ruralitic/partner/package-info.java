/**
 * The partner wall: partners, the ordered tiers they are shown in (founding partner, official partners...), and the
 * sponsorships that place a partner in a tier for one edition.
 * <p>
 * The five tiers of the original RuraliTIC site are reference data created by the schema migrations.
 */
package org.ruralitic.partner;
