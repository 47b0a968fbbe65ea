package org.ruralitic.faces.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a public page back until it is complete, then sends it with a strong {@code ETag} and
 * {@code Cache-Control: no-cache}, or a {@code 304 Not Modified} when the browser has it already.
 * <p>
 * {@code no-cache} means "revalidate before reuse": visitors never see a stale page, and a revalidation costs a 304
 * without body. Pages differ by language, hence {@code Vary: Accept-Language}. A page that holds a form with a fresh
 * stamp (request attribute {@link Router#NO_STORE}) is sent with {@code Cache-Control: no-store} instead.
 */
final class ConditionalResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    ConditionalResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("buffered response");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // Held back until finish(): a flush would commit the response before its ETag is known.
    }

    @Override
    public void setContentLength(int length) {
        // Set by finish(), from what was actually written.
    }

    @Override
    public void setContentLengthLong(long length) {
        // Set by finish(), from what was actually written.
    }

    /**
     * Sends the held page, or a 304.
     *
     * @param request the request, for its {@code If-None-Match}.
     * @throws IOException when the client is gone.
     */
    void finish(HttpServletRequest request) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = body.toByteArray();
        if (Boolean.TRUE.equals(request.getAttribute(Router.NO_STORE))) {
            response.setHeader("Cache-Control", "no-store");
        }
        else if (getStatus() == HttpServletResponse.SC_OK) {
            String etag = "\"" + digest(bytes) + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Vary", "Accept-Language");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
