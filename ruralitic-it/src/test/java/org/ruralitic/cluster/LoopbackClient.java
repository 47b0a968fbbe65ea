package org.ruralitic.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts a form from a chosen address of the loopback network ({@code 127.x.y.z}): each address is another client to
 * the servers ({@code getRemoteAddr()}), as visitors behind other IP addresses are to the rate limit.
 */
final class LoopbackClient {

    private LoopbackClient() {
    }

    /**
     * @param status the status code.
     * @param location the {@code Location} header, or {@code null}.
     * @param text the whole answer, for messages.
     */
    record Answer(int status, String location, String text) {
    }

    /**
     * @param from the client's address, such as {@code 127.0.3.4}.
     * @param target the absolute URL to post to, on 127.0.0.1.
     * @param form the fields, in order.
     * @return the answer (redirects are not followed).
     */
    static Answer post(String from, URI target, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
            + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String origin = target.getScheme() + "://" + target.getAuthority();
        String request = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getAuthority()
            + "\r\nOrigin: " + origin + "\r\nAccept-Language: fr\r\nContent-Type: application/x-www-form-urlencoded"
            + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(answer.split(" ", 3)[1]);
            String location = answer.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("location:"))
                .map(line -> line.substring("location:".length()).strip()).findFirst().orElse(null);
            return new Answer(status, location, answer);
        }
        catch (IOException e) {
            throw new UncheckedIOException("POST " + target + " from " + from, e);
        }
    }
}
