import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The example shop's application, for trying {@code cairn deploy} on a laptop: a small HTTP server using only the
 * JDK, run as a single source file ({@code java app/ShopApp.java --port 18080 --version 5}). It has no database
 * connection: it stands for the application a deploy rolls out, with the endpoints a deploy talks to.
 *
 * <pre>
 *   GET  /health             200 "ok" (500 "unhealthy" once the canary share reaches --fail-at)
 *   GET  /version            the version it was started with
 *   GET  /traffic            the canary share in percent
 *   POST /traffic?percent=N  sets the canary share (also written to STATE/traffic)
 * </pre>
 *
 * Options (each also from the environment): --port (SHOP_PORT, default 18080), --version, --env, --commit,
 * --state DIR (where the traffic file goes), --fail-at PERCENT (SHOP_FAIL_AT: health fails from that share on,
 * to see a canary stage fail and the deploy roll back).
 */
public class ShopApp {
    private final Map<String, String> options;
    private volatile int percent;

    ShopApp(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        options.put("port", envOr("SHOP_PORT", "18080"));
        options.put("version", envOr("SHOP_VERSION", "unknown"));
        options.put("fail-at", envOr("SHOP_FAIL_AT", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: java ShopApp.java [--port N] [--version V] [--env E] [--commit C]"
                        + " [--state DIR] [--fail-at PERCENT]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new ShopApp(options).start();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    void start() throws IOException {
        int port = Integer.parseInt(options.get("port"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        System.out.println(Instant.now() + " shop " + options.get("version") + " (env " + options.getOrDefault("env", "-")
                + ", commit " + options.getOrDefault("commit", "-") + ") listening on http://127.0.0.1:" + port);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            exchange.getRequestBody().readAllBytes();
            switch (method + " " + path) {
                case "GET /health" -> {
                    boolean failing = !options.get("fail-at").isEmpty() && percent >= Integer.parseInt(options.get("fail-at"));
                    send(exchange, failing ? 500 : 200, failing ? "unhealthy" : "ok");
                }
                case "GET /version" -> send(exchange, 200, options.get("version"));
                case "GET /traffic" -> send(exchange, 200, String.valueOf(percent));
                case "POST /traffic" -> traffic(exchange);
                default -> send(exchange, 404, "not found: " + method + " " + path);
            }
        }
    }

    private void traffic(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String value = query != null && query.startsWith("percent=") ? query.substring("percent=".length()) : "";
        int p;
        try {
            p = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            send(exchange, 400, "give ?percent=N (0-100)");
            return;
        }
        if (p < 0 || p > 100) {
            send(exchange, 400, "percent must be 0-100, not " + p);
            return;
        }
        percent = p;
        String state = options.get("state");
        if (state != null) {
            Files.writeString(Path.of(state, "traffic"), p + "\n");
        }
        System.out.println(Instant.now() + " canary share " + p + "%");
        send(exchange, 200, "ok " + p);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
