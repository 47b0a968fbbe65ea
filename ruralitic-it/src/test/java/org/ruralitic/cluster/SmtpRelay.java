package org.ruralitic.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay between one server and the test's SMTP server: it forwards each connection, or, while held, accepts
 * connections and leaves them unanswered, so that a server's dispatcher is caught in the middle of sending a mail.
 */
final class SmtpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "smtp-relay");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean holding;

    /** @param target the port of the SMTP server on 127.0.0.1. */
    SmtpRelay(int target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.submit(this::accept);
    }

    /** @return the port the server sends its mails to. */
    int port() {
        return listener.getLocalPort();
    }

    /** From now on, connections are accepted and left without an answer (no SMTP greeting). */
    void hold() {
        holding = true;
    }

    /** From now on, connections are forwarded again. */
    void forward() {
        holding = false;
    }

    /** @return how many connections were accepted and left unanswered. */
    int held() {
        return held.size();
    }

    private Void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (holding) {
                    held.add(client);
                }
                else {
                    threads.submit(() -> relay(client));
                }
            }
            catch (IOException e) {
                // closed
            }
        }
        return null;
    }

    private Void relay(Socket client) throws IOException {
        try (client; Socket server = new Socket(InetAddress.getByName("127.0.0.1"), target)) {
            threads.submit(() -> copy(server.getInputStream(), client.getOutputStream()));
            copy(client.getInputStream(), server.getOutputStream());
        }
        return null;
    }

    private static Void copy(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
            out.flush();
        }
        catch (IOException e) {
            // one side closed the connection
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : held) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
