package org.ruralitic.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, which a test can stop and start again on the same
 * port, as a mail server goes down and comes back.
 */
public final class Smtp implements AutoCloseable {

    private final int port;
    private GreenMail server;

    /** Picks a free port; the server is not started. */
    public Smtp() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the port. */
    public int port() {
        return port;
    }

    /** @return the running server, started now if it was not. */
    public GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Stops the server: connections to its port are refused. */
    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
