package org.ruralitic.faces.common;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a public page back until it is complete: the {@link Router} then sends a page answered with 200 through
 * {@link HttpCache} (with its {@code ETag}, or as a {@code 304} when the browser has it already) and keeps it in its
 * page cache. Anything else goes out as it is through {@link #finish(HttpServletRequest)}: error pages (404), and a
 * page that holds a form with a fresh stamp (request attribute {@link Router#NO_STORE}) with
 * {@code Cache-Control: no-store}.
 */
final class ConditionalResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    // What Faces writes, kept as characters: trimmed (Whitespace) and encoded once, never decoded back.
    private Characters characters;

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
            characters = new Characters();
            writer = new PrintWriter(characters);
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

    /** @return the page as it was written, without the indentation of its templates when it is HTML. */
    byte[] page() {
        if (writer != null) {
            writer.flush();
        }
        String type = getContentType();
        boolean html = type != null && type.startsWith("text/html");
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        if (characters != null) {
            boolean utf8 = charset.equals(StandardCharsets.UTF_8);
            byte[] bytes = html && utf8 ? Whitespace.htmlUtf8(characters.buffer(), characters.size())
                : utf8 ? Whitespace.utf8(characters.buffer(), characters.size())
                : (html ? Whitespace.html(characters.buffer(), characters.size()) : characters.toString())
                    .getBytes(charset);
            if (body.size() == 0) {
                return bytes;
            }
            body.writeBytes(bytes);
        }
        return html && characters == null ? Whitespace.html(body.toString(charset)).getBytes(charset)
            : body.toByteArray();
    }

    /** A character buffer that lets its characters be read without a copy. */
    private static final class Characters extends CharArrayWriter {
        Characters() {
            super(16 * 1024);
        }

        char[] buffer() {
            return buf;
        }
    }

    /**
     * Sends the held page as it is: an error page, or a page that no cache may keep.
     *
     * @param request the request, for its {@link Router#NO_STORE} attribute.
     * @throws IOException when the client is gone.
     */
    void finish(HttpServletRequest request) throws IOException {
        byte[] page = page();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> placeholders = (Map<String, Supplier<String>>) request
            .getAttribute(FreshValues.ATTRIBUTE);
        if (placeholders != null && !placeholders.isEmpty()) {
            // A form on an error page, say: its values are put in as for any page.
            page = FreshValues.Template.of(page, placeholders, Charset.forName(getCharacterEncoding())).fill();
            response.setHeader("Cache-Control", "no-store");
        }
        if (Boolean.TRUE.equals(request.getAttribute(Router.NO_STORE))) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setContentLength(page.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }
}
