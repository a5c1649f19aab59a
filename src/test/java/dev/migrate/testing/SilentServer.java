package dev.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener on 127.0.0.1 that accepts connections and never says a word, like a server that hangs: for connect
 * timeouts. It closes itself and every connection on {@link #close()}, or after {@code lifetimeSeconds} at the latest.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    public SilentServer(int lifetimeSeconds) {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + lifetimeSeconds * 1_000_000_000L;
        Thread acceptor = new Thread(() -> {
            try {
                listener.setSoTimeout(200);
                while (!listener.isClosed() && System.nanoTime() < deadline) {
                    try {
                        accepted.add(listener.accept());
                    } catch (SocketTimeoutException tick) {
                        // look at the deadline again
                    }
                }
            } catch (IOException closed) {
                // closed by close(): stop accepting
            } finally {
                close();
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections it accepted. */
    public int accepted() {
        return accepted.size();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
        for (Socket socket : accepted) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // as above
            }
        }
    }
}
