package dev.cairn.telemetry;

import dev.cairn.CairnException;
import dev.cairn.config.Redactor;
import dev.cairn.config.Secret;
import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.EventSink;
import dev.cairn.events.JsonLinesEventSink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens the telemetry sinks a {@code telemetry:} section configures (jsonl, Loki, PagerDuty, Opsgenie, webhook,
 * Prometheus) as one {@link EventSink}. Each sink delivers asynchronously behind its own bounded queue, so
 * {@code emit} never blocks and never throws; {@code close} waits for the queues to drain for at most the
 * settings' {@code timeout} in all. A sink that fails — at opening or on delivery — is reported once through
 * {@code onFailure} and dropped for the rest of the run; telemetry never fails a run. No secret reaches a sink:
 * every string passes through {@link Redactor#redactAll}, with the sinks' own keys registered there first.
 */
public final class TelemetrySinks {
    private TelemetrySinks() {}

    /**
     * @param source a stable name for the project (its folder's name): in alert keys and as the alert source
     * @param onFailure receives one line per failing sink per run, naming the sink and the reason, never a secret
     * @return {@link EventSink#NONE} when nothing is configured
     */
    public static EventSink open(TelemetrySettings settings, String source, Consumer<String> onFailure) {
        return open(settings, source, onFailure, System.out);
    }

    static EventSink open(TelemetrySettings settings, String source, Consumer<String> onFailure, PrintStream stdout) {
        if (settings == null || settings.isEmpty()) {
            return EventSink.NONE;
        }
        String name = source == null || source.isBlank() ? "cairn" : source;
        List<String> secrets = secrets(settings);
        secrets.forEach(Redactor::register);
        Http http = new Http(settings.timeout(), secrets);
        List<AsyncSink> sinks = new ArrayList<>();
        add(sinks, settings, onFailure, "jsonl", settings.jsonl(), j -> j.stdout() ? JsonlDelivery.toStdout(stdout) : jsonlFile(j));
        add(sinks, settings, onFailure, "loki", settings.loki(), l -> new LokiDelivery(http, l));
        add(sinks, settings, onFailure, "pagerduty", settings.pagerduty(), p -> new PagerDutyDelivery(http, p, name));
        add(sinks, settings, onFailure, "opsgenie", settings.opsgenie(), o -> new OpsgenieDelivery(http, o, name));
        add(sinks, settings, onFailure, "webhook", settings.webhook(), w -> new WebhookDelivery(http, w));
        add(sinks, settings, onFailure, "prometheus", settings.prometheus(), PrometheusDelivery::new);
        return sinks.isEmpty() ? EventSink.NONE : new TelemetrySink(sinks, settings.timeout());
    }

    private static <T> void add(List<AsyncSink> sinks, TelemetrySettings settings, Consumer<String> onFailure, String kind,
            T config, Function<T, Delivery> open) {
        if (config == null) {
            return;
        }
        FailureReport report = new FailureReport(onFailure);
        try {
            sinks.add(new AsyncSink(open.apply(config), report, settings.timeout()));
        } catch (CairnException | IllegalArgumentException e) {
            // A sink that cannot start is reported like one that fails later: the run goes on without it.
            report.once("telemetry: the " + kind + " sink cannot be used: " + Redactor.redactAll(e.getMessage())
                    + "; events to it are dropped for this run");
        }
    }

    private static Delivery jsonlFile(TelemetrySettings.Jsonl j) {
        if (j.file() == null || j.file().isBlank()) {
            throw new IllegalArgumentException("no file");
        }
        try {
            return JsonlDelivery.toFile(new JsonLinesEventSink(Path.of(j.file()), Redactor::redactAll), j.file());
        } catch (CairnException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException("cannot write to " + j.file() + " (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
        }
    }

    /** The sinks' own secrets, so that no payload, file or message can echo them. */
    private static List<String> secrets(TelemetrySettings s) {
        List<String> out = new ArrayList<>();
        add(out, s.pagerduty() == null ? null : s.pagerduty().routingKey());
        add(out, s.opsgenie() == null ? null : s.opsgenie().apiKey());
        add(out, s.webhook() == null ? null : s.webhook().secret());
        return out;
    }

    private static void add(List<String> out, Secret secret) {
        if (secret != null && !secret.isEmpty()) {
            out.add(secret.reveal());
        }
    }
}
