package org.ruralitic.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.ruralitic.common.StatementCount;
import org.ruralitic.faces.common.Router;

/**
 * Counts the SQL statements of the tests' own portal page ({@code /portal-news.xhtml}), which the library's Router
 * does not serve, and answers them in the header {@value Router#SQL_HEADER} as the drop-in pages do: the page is held
 * back until it is complete, since a header cannot follow the body. Needs the setting
 * {@code diagnostics.sql.count=true}.
 */
@WebFilter("/portal-news.xhtml")
public class StatementHeader implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        HeldBack page = new HeldBack(http);
        StatementCount.start();
        try {
            chain.doFilter(request, page);
        }
        finally {
            http.setHeader(Router.SQL_HEADER, String.valueOf(StatementCount.stop()));
        }
        byte[] body = page.body();
        http.setContentLength(body.length);
        http.getOutputStream().write(body);
    }

    /** A response whose body stays in memory. */
    private static final class HeldBack extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;

        HeldBack(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
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
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // Set once the body is complete.
        }

        @Override
        public void setContentLengthLong(long length) {
            // Set once the body is complete.
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
        }

        byte[] body() {
            flushBuffer();
            return body.toByteArray();
        }
    }
}
