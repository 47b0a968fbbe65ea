package org.ruralitic.faces.common;

import java.io.OutputStream;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that keeps the container's and the frameworks' {@code sendError} to itself, so that {@link ErrorPages}
 * answers with the library's page instead of the server's (which may name the server and its version). After a
 * {@code sendError} the response counts as committed, as the servlet specification says, and what is still written
 * to it is dropped.
 */
final class ErrorResponse extends HttpServletResponseWrapper {

    private int error;
    private ServletOutputStream dropped;
    private PrintWriter droppedWriter;

    ErrorResponse(HttpServletResponse response) {
        super(response);
    }

    /** @return the status of the {@code sendError} call, or 0 when there was none. */
    int error() {
        return error;
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) {
        if (isCommitted()) {
            throw new IllegalStateException("Response already committed");
        }
        // The message may echo the request: it is never sent.
        error = status;
    }

    @Override
    public boolean isCommitted() {
        return error != 0 || super.isCommitted();
    }

    @Override
    public ServletOutputStream getOutputStream() throws java.io.IOException {
        if (error == 0) {
            return super.getOutputStream();
        }
        if (dropped == null) {
            dropped = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    // dropped: the error page is written instead
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // nothing is ever pending
                }
            };
        }
        return dropped;
    }

    @Override
    public PrintWriter getWriter() throws java.io.IOException {
        if (error == 0) {
            return super.getWriter();
        }
        if (droppedWriter == null) {
            droppedWriter = new PrintWriter(OutputStream.nullOutputStream());
        }
        return droppedWriter;
    }
}
