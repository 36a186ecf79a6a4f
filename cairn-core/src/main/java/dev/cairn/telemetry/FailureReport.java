package dev.cairn.telemetry;

import dev.cairn.config.Durations;
import dev.cairn.config.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Tells the user about one sink's trouble once per run, in one line that names no secret. */
final class FailureReport {
    private final Consumer<String> onFailure;
    private final AtomicBoolean reported = new AtomicBoolean();

    FailureReport(Consumer<String> onFailure) {
        this.onFailure = onFailure;
    }

    boolean reported() {
        return reported.get();
    }

    /** Reports {@code message} unless this sink already reported something this run. */
    void once(String message) {
        if (reported.compareAndSet(false, true)) {
            try {
                onFailure.accept(Redactor.redactAll(message));
            } catch (RuntimeException e) {
                // The reporter's own trouble must not reach the run either.
            }
        }
    }

    static String failed(String sink, String reason) {
        return "telemetry: " + sink + " failed: " + reason + "; events to it are dropped for this run";
    }

    /** Why a delivery failed, in words; never a header, a body sent or a URL's user-info. */
    static String reason(Throwable e, Duration timeout) {
        if (e instanceof Rejected r) {
            return r.getMessage();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect within " + format(timeout);
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + format(timeout);
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        Throwable cause = e.getCause();
        if (e instanceof IOException && cause != null && cause != e && !(cause instanceof IOException && cause.getMessage() == null)) {
            return reason(cause, timeout);
        }
        String message = e.getMessage();
        String what = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
        return Redactor.redactAll(what.lines().findFirst().orElse(what));
    }

    static String format(Duration d) {
        return Durations.format(d.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A receiver answered, but not with 2xx. */
    static final class Rejected extends IOException {
        Rejected(String message) {
            super(message);
        }
    }
}
