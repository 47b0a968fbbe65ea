package org.ruralitic.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 written byte for byte, for what a well-behaved client cannot send: broken percent-encoding, odd methods,
 * malformed headers. One connection per request ({@code Connection: close}).
 */
public final class RawHttp {

    private final String host;
    private final int port;
    private final String context;

    /** @param deployment the URL Arquillian gives for the deployment. */
    public RawHttp(URL deployment) {
        this.host = "localhost"; // Payara Micro hands out the machine's address; it listens on all of them
        this.port = deployment.getPort();
        this.context = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
    }

    /**
     * @param method the method, as sent.
     * @param target the path below the deployment with its query, as sent (not encoded again).
     * @param body the body, or {@code null}.
     * @param headers more header lines, as sent ({@code "Name: value"}).
     * @return the answer.
     */
    public Answer send(String method, String target, String body, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(context).append(target)
            .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.ISO_8859_1);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            // ISO-8859-1 writes each char as the byte it stands for: raw bytes go out as they are.
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Answer.read(socket.getInputStream(), "HEAD".equals(method));
        }
        catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    /**
     * @param status the status code.
     * @param headers the header lines.
     * @param body the body, de-chunked, read as UTF-8.
     */
    public record Answer(int status, List<String> headers, String body) {

        /**
         * @param name a header name.
         * @return its first value, or {@code null}.
         */
        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).findFirst().orElse(null);
        }

        static Answer read(InputStream in, boolean head) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("No complete answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            Answer partial = new Answer(status, headers, "");
            if (!head && "chunked".equalsIgnoreCase(partial.header("Transfer-Encoding"))) {
                body = dechunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, at);
                if (lineEnd < 0) {
                    break;
                }
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + length + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
