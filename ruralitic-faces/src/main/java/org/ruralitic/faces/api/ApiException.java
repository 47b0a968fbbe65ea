package org.ruralitic.faces.api;

/**
 * A request the API refuses, with what to tell the client.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ApiException badParameter(String name, String expected) {
        return new ApiException(400, "Bad parameter", "Parameter '" + name + "' must be " + expected);
    }

    static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " does not exist or is not public");
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
