package dev.cairn.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the application {@code cairn deploy} rolls out, for tests: a real HTTP server on 127.0.0.1 (a
 * free port) with {@code GET /health} whose answer the test switches, from a chosen health request on, between
 * {@link Mode healthy, 500, slow (no answer until closed) and a wrong body}. It records every request, the canary
 * percentages ({@code POST /traffic?percent=N} or {@code POST /traffic/N}) and deployed versions
 * ({@code POST /deploy?version=V} or {@code /deploy/V}; {@code GET /version} answers the last).
 *
 * <p>Shell commands reach it through {@link #command}: a bash script using {@code /dev/tcp}, so neither curl nor
 * wget is needed. Use it with try-with-resources; {@link #close} also releases stalled requests.
 */
public final class TestApp implements AutoCloseable {
    /** How {@code /health} answers. */
    public enum Mode {
        /** 200 {@code ok}. */
        HEALTHY,
        /** 500 {@code broken}. */
        ERROR,
        /** No answer until the app is closed (or 60 s): the check's timeout fires. */
        SLOW,
        /** 200 {@code degraded}: a check wanting {@code ok} in the body fails. */
        WRONG_BODY
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-app");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger healthRequests = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Integer> traffic = new CopyOnWriteArrayList<>();
    private final List<String> versions = new CopyOnWriteArrayList<>();
    private volatile Mode before = Mode.HEALTHY;
    private volatile Mode after = Mode.HEALTHY;
    /** The first health request (1-based) answered with {@link #after}. */
    private volatile int switchAt = Integer.MAX_VALUE;
    private Path client;

    private TestApp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TestApp start() {
        try {
            return new TestApp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/health}. */
    public URI healthUrl() {
        return url("/health");
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** Every health request from now on is answered this way. */
    public void answer(Mode mode) {
        before = mode;
        after = mode;
        switchAt = Integer.MAX_VALUE;
    }

    /** Health requests before the {@code n}th (1-based, counted since the start) stay healthy; from it on: {@code mode}. */
    public void failFrom(int n, Mode mode) {
        before = Mode.HEALTHY;
        after = mode;
        switchAt = n;
    }

    /** How many health requests arrived. */
    public int healthRequests() {
        return healthRequests.get();
    }

    /** Every request as {@code METHOD /path?query}, in arrival order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The canary percentages set, in order. */
    public List<Integer> traffic() {
        return List.copyOf(traffic);
    }

    /** The versions deployed, in order. */
    public List<String> versions() {
        return List.copyOf(versions);
    }

    /**
     * A shell command making a request to this app ({@code bash '/tmp/…/testapp-client.sh' POST /traffic/{percent}}):
     * it prints the body and exits 0 on a 2xx answer, 22 otherwise (as curl -f). The path may hold placeholders.
     */
    public synchronized String command(String method, String path) {
        try {
            if (client == null) {
                client = Files.createTempFile("testapp-client", ".sh", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                client.toFile().deleteOnExit();
                Files.writeString(client, """
                        #!/usr/bin/env bash
                        # usage: testapp-client.sh METHOD PATH
                        set -e
                        exec 3<>/dev/tcp/127.0.0.1/%d
                        printf '%%s %%s HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\nContent-Length: 0\\r\\n\\r\\n' "$1" "$2" >&3
                        IFS= read -r status <&3
                        while IFS= read -r line <&3 && [ "${line%%$'\\r'}" != "" ]; do :; done
                        cat <&3
                        case "$status" in *" 2"[0-9][0-9]*) exit 0 ;; *) echo "$status" >&2; exit 22 ;; esac
                        """.formatted(port()));
            }
            return "bash '" + client + "' " + method + " " + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            String path = uri.getPath();
            requests.add(method + " " + uri);
            exchange.getRequestBody().readAllBytes();
            if (path.equals("/health")) {
                int n = healthRequests.incrementAndGet();
                health(exchange, n >= switchAt ? after : before);
            } else if (path.startsWith("/traffic") && method.equals("POST")) {
                traffic.add(Integer.parseInt(argument(uri, "percent")));
                send(exchange, 200, "ok");
            } else if (path.startsWith("/deploy") && method.equals("POST")) {
                versions.add(argument(uri, "version"));
                send(exchange, 200, "ok");
            } else if (path.startsWith("/rollback") && method.equals("POST")) {
                // Back to the version given (the schema version before the deploy), as a rollback script would.
                versions.add("rollback:" + argument(uri, "version"));
                send(exchange, 200, "ok");
            } else if (path.equals("/version")) {
                send(exchange, 200, versions.isEmpty() ? "none" : versions.get(versions.size() - 1));
            } else {
                send(exchange, 404, "not found");
            }
        } catch (RuntimeException e) {
            send(exchange, 400, String.valueOf(e.getMessage()));
        }
    }

    private void health(HttpExchange exchange, Mode mode) throws IOException {
        switch (mode) {
            case HEALTHY -> send(exchange, 200, "ok");
            case ERROR -> send(exchange, 500, "broken");
            case WRONG_BODY -> send(exchange, 200, "degraded");
            case SLOW -> {
                try {
                    closed.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** {@code ?name=V} or the last path segment ({@code /traffic/25}). */
    private static String argument(URI uri, String name) {
        String query = uri.getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
