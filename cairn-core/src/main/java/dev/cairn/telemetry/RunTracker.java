package dev.cairn.telemetry;

import dev.cairn.events.Event;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows runs through their events and says when one ends, and how. A run ends with {@code run.finished}
 * (its {@code command} field), or with {@code deploy.finished} / {@code rollback.finished} (command
 * {@code deploy} / {@code rollback}); a run that sends more than one of these for the same command ends once,
 * at the first. Dry runs (a {@code run.started} with {@code dryRun: true}) change nothing, so they end
 * without an outcome. Used on a single worker thread.
 */
final class RunTracker {
    private static final Set<String> FINE = Set.of("ok", "passed", "success", "succeeded", "skipped", "done");

    /**
     * How a run ended. {@code failure}: what went wrong, e.g. {@code V7__x.sql: lock timeout}; null when unknown.
     * {@code nested}: a step of a run started as another command (the migrate inside a deploy).
     */
    record RunEnd(Event event, String environment, String command, String status, String failure, boolean nested) {
        boolean ok() {
            return "ok".equals(status);
        }

        double durationSeconds() {
            return event.fields().get("durationMs") instanceof Number n ? n.doubleValue() / 1000.0 : Double.NaN;
        }

        /** The facts an alert carries, redacted. */
        Map<String, Object> details() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("runId", EventDocument.safe(event.runId()));
            d.put("environment", environment);
            d.put("command", command);
            d.put("status", status);
            for (String key : new String[] {"exitCode", "durationMs", "applied"}) {
                if (event.fields().containsKey(key)) {
                    d.put(key, EventDocument.value(event.fields().get(key)));
                }
            }
            if (failure != null) {
                d.put("failure", failure);
            }
            return d;
        }
    }

    private static final class Run {
        boolean dryRun;
        String command; // of the run's first run.started
        String failure;
        final Set<String> ended = new HashSet<>();
    }

    private final Map<String, Run> runs = new HashMap<>();

    /** The end of a run this event marks, if any. */
    Optional<RunEnd> accept(Event e) {
        Run run = runs.computeIfAbsent(String.valueOf(e.runId()), k -> new Run());
        switch (e.type()) {
            case "run.started" -> {
                run.dryRun |= Boolean.TRUE.equals(e.fields().get("dryRun"));
                if (run.command == null) {
                    run.command = EventDocument.text(e, "command");
                }
            }
            case "migration.failed" -> run.failure = join(EventDocument.text(e, "script"), firstLine(EventDocument.text(e, "error")));
            case "stage.finished" -> {
                String outcome = EventDocument.text(e, "outcome");
                if (run.failure == null && outcome != null && !FINE.contains(outcome)) {
                    String error = firstLine(EventDocument.text(e, "error"));
                    run.failure = "stage " + EventDocument.text(e, "stage") + " " + outcome + (error == null ? "" : ": " + error);
                }
            }
            default -> {}
        }
        String command = switch (e.type()) {
            case "run.finished" -> EventDocument.text(e, "command");
            case "deploy.finished" -> "deploy";
            case "rollback.finished" -> "rollback";
            default -> null;
        };
        if (command == null || !run.ended.add(command) || run.dryRun) {
            return Optional.empty();
        }
        String status = EventDocument.text(e, "status");
        String environment = e.environment() == null ? "none" : EventDocument.safe(e.environment());
        return Optional.of(new RunEnd(e, environment, command, status == null ? "unknown" : status, run.failure,
                run.command != null && !run.command.equals(command)));
    }

    private static String join(String script, String error) {
        if (script == null) {
            return error;
        }
        return error == null ? script : script + ": " + error;
    }

    private static String firstLine(String text) {
        return text == null ? null : text.strip().lines().findFirst().orElse(null);
    }
}
