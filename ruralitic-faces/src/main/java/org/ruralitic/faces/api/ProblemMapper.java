package org.ruralitic.faces.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every failure of the API into a problem detail: the refusals it knows, the statuses of the platform (404,
 * 405...), and anything unexpected as a 500 without a stack trace (which goes to the log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOGGER = System.getLogger(ProblemMapper.class.getName());
    private static final String UNEXPECTED = "RuraliTIC API: unexpected failure on {0}";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        // The path as it came, still percent-encoded: a problem never echoes markup or quotes a visitor typed.
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem;
        if (failure instanceof ApiException refused) {
            problem = new Problem("about:blank", refused.title(), refused.status(), refused.getMessage(), path);
        }
        else if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                "The API has no answer for this request", path);
        }
        else {
            LOGGER.log(Level.ERROR, UNEXPECTED, path);
            LOGGER.log(Level.ERROR, failure.getClass().getName(), failure);
            problem = new Problem("about:blank", "Internal error", 500, "The API failed; the failure is logged", path);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(Json.write(problem)).build();
    }
}
