package org.ruralitic.faces.api;

/**
 * A problem detail (RFC 9457), the body of every error answer of the API.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses).
 * @param title a short, stable summary of the kind of problem.
 * @param status the HTTP status.
 * @param detail what is wrong with this request.
 * @param instance the path of the request.
 * @since 0.1
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
