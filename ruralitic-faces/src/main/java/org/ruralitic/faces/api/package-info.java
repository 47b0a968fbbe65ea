/**
 * The public, read-only JSON API under {@code /ruralitic/api/v1/}: editions, programme, speakers, partners, articles,
 * for sites that do not run Faces. Versioned in the path; ETag and Cache-Control on every answer; CORS for browsers
 * of other sites; problems (RFC 9457) for bad requests, never a 500 with a stack trace.
 * <p>
 * Answers are records of this package, never entities: what the API promises does not move with the model.
 */
package org.ruralitic.faces.api;
