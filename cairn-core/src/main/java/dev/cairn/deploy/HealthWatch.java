package dev.cairn.deploy;

import dev.cairn.Cancellation;
import dev.cairn.config.DeploySettings.HealthCheck;
import dev.cairn.config.Redactor;
import dev.cairn.events.RunEvents;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@code canary.health} check: {@code checks} HTTP GETs, {@code interval} apart, each bounded by
 * {@code timeout}. A check fails on a connection error, a timeout, a status other than {@code status}, or a body
 * without {@code body}. The watch fails as soon as {@code failureThreshold} checks have failed (the remaining ones
 * are not run) and passes when all checks ran below it. A stop request (Ctrl-C) ends the wait between checks and
 * a request in flight at once. Each check is reported as a {@code health.check} event; URLs never show user-info.
 */
public final class HealthWatch {
    private final RunEvents events;
    private final Cancellation cancellation;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public HealthWatch(RunEvents events) {
        this(events, Cancellation.process());
    }

    public HealthWatch(RunEvents events, Cancellation cancellation) {
        this.events = events;
        this.cancellation = cancellation;
    }

    /** Runs the checks and returns how they went; never throws for an unhealthy or unreachable application. */
    public HealthOutcome watch(HealthCheck check) {
        long started = System.nanoTime();
        CompletableFuture<Void> stop = new CompletableFuture<>();
        int threshold = Math.max(1, check.failureThreshold());
        int planned = Math.max(1, check.checks());
        List<String> reasons = new ArrayList<>();
        int ran = 0;
        try (Cancellation.Registration r = cancellation.onRequest(reason -> stop.complete(null))) {
            for (int i = 1; i <= planned; i++) {
                if (i > 1 && !pause(check.interval(), stop)) {
                    return outcome(false, ran, reasons, started, true);
                }
                Check result = once(check, stop);
                if (result == null) {
                    return outcome(false, ran, reasons, started, true);
                }
                ran++;
                if (!result.ok()) {
                    reasons.add("check " + i + ": " + result.problem());
                }
                events.emit("health.check", "url", display(check.url()), "status", result.status(), "error",
                        result.ok() ? null : result.problem(), "ok", result.ok(), "index", i, "checks", planned,
                        "failures", reasons.size(), "threshold", threshold);
                if (reasons.size() >= threshold) {
                    return outcome(false, ran, reasons, started, false);
                }
            }
            return outcome(true, ran, reasons, started, false);
        }
    }

    private static HealthOutcome outcome(boolean healthy, int ran, List<String> reasons, long started, boolean cancelled) {
        return new HealthOutcome(healthy && !cancelled, ran, reasons.size(), reasons,
                (System.nanoTime() - started) / 1_000_000, cancelled);
    }

    /** One check's result; {@code status} null when no response came. */
    private record Check(boolean ok, Integer status, String problem) {}

    /** Waits {@code interval} unless a stop is requested first; false when it was. */
    private static boolean pause(Duration interval, CompletableFuture<Void> stop) {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            return !stop.isDone();
        }
        try {
            stop.get(interval.toNanos(), TimeUnit.NANOSECONDS);
            return false;
        } catch (TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /** One GET; null when a stop was requested while it ran. */
    private Check once(HealthCheck check, CompletableFuture<Void> stop) {
        Duration timeout = check.timeout() == null || check.timeout().isZero() ? Duration.ofSeconds(10) : check.timeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(withoutUserInfo(check.url())).timeout(timeout).GET();
        String userInfo = check.url().getRawUserInfo();
        if (userInfo != null) {
            Redactor.register(userInfo.contains(":") ? userInfo.substring(userInfo.indexOf(':') + 1) : null);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    decode(userInfo).getBytes(StandardCharsets.UTF_8)));
        }
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            // The request timeout covers the headers; the extra bound covers a body that never ends.
            CompletableFuture.anyOf(response, stop).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            return new Check(false, null, "no answer within " + millis(timeout));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // reported below from the response itself
        }
        if (!response.isDone()) {
            response.cancel(true);
            return null;
        }
        try {
            HttpResponse<String> r = response.join();
            if (r.statusCode() != check.status()) {
                return new Check(false, r.statusCode(), "status " + r.statusCode() + ", expected " + check.status());
            }
            if (check.body() != null && !check.body().isEmpty() && (r.body() == null || !r.body().contains(check.body()))) {
                return new Check(false, r.statusCode(), "the body does not contain '" + check.body() + "'");
            }
            return new Check(true, r.statusCode(), null);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Check(false, null, describe(cause, timeout));
        }
    }

    private static String describe(Throwable e, Duration timeout) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + millis(timeout);
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return (e instanceof IOException ? "" : e.getClass().getSimpleName() + ": ") + Redactor.redactAll(message);
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String decode(String raw) {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL without user-info: the only form of it Cairn prints, records or sends as the request line. */
    public static String display(URI url) {
        return Redactor.redactAll(withoutUserInfo(url).toString());
    }

    static URI withoutUserInfo(URI url) {
        if (url.getRawUserInfo() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(),
                    url.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("health URL without user-info", e);
        }
    }
}
