/**
 * Anti-abuse primitives for public forms, shared by every server of a portal through the database: signed form
 * stamps (a minimum time to fill a form, no stale replays), a rate limit per client, and the secrets behind them.
 * <p>
 * A client is known by a keyed hash of its address, never by the address itself. The forms (Faces) call these; what
 * a tripped check does (the newsletter pretends to succeed) is the feature's decision, not this package's.
 */
package org.ruralitic.guard;
