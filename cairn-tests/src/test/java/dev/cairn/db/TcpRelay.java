package dev.cairn.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of a server, for fault tests: {@link #freeze()} stops forwarding
 * bytes in both directions without closing anything — what a dropped network or a stuck middlebox looks
 * like to both ends — and new connections are accepted but never answered while frozen.
 */
public final class TcpRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean frozen;
    private volatile boolean closed;

    public TcpRelay(String host, int port) throws IOException {
        this.upstream = new InetSocketAddress(host, port);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay in front of the server of a JDBC URL like {@code jdbc:postgresql://127.0.0.1:5432/db?…}. */
    public static TcpRelay inFrontOf(String jdbcUrl) throws IOException {
        String hostPort = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        int colon = hostPort.lastIndexOf(':');
        return new TcpRelay(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    /** The same JDBC URL, pointed at this relay. */
    public String relayed(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/", "jdbc:postgresql://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections the relay has accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    public void freeze() {
        frozen = true;
    }

    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                accepted.incrementAndGet();
                Thread t = new Thread(() -> connect(client), "tcp-relay-connect");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void connect(Socket client) {
        try {
            awaitThawed();
            Socket server = new Socket();
            sockets.add(server);
            server.connect(upstream);
            pump(client.getInputStream(), server.getOutputStream(), "up");
            pump(server.getInputStream(), client.getOutputStream(), "down");
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pump(InputStream in, OutputStream out, String direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitThawed(); // a frozen relay holds what it read: nothing more reaches the other side
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // One side closed: the other side is closed below.
            } finally {
                closeQuietly(out); // closes that socket, so the opposite pump ends too
            }
        }, "tcp-relay-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (gate) {
            while (frozen && !closed) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** Closes the listener and every relayed connection (both ends then see the connection close). */
    @Override
    public void close() {
        closed = true;
        thaw();
        closeQuietly(listener);
        sockets.forEach(TcpRelay::closeQuietly);
    }
}
