package dev.cairn.telemetry;

import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code prometheus}: a text-format file for node_exporter's textfile collector, rewritten at the end of each
 * run (see {@link RunTracker}). The previous file is read back so counters and other environments' series carry
 * across runs; the new one is written beside it and moved over it atomically, so the collector never reads half
 * a file. Two runs ending at the same instant on one host may lose one run's increment (last writer wins).
 */
final class PrometheusDelivery implements Delivery {
    private final Path file;
    private final RunTracker runs = new RunTracker();
    /** Per environment, what this run has counted so far. */
    private final Map<String, Integer> applied = new HashMap<>();
    private final Map<String, Integer> failed = new HashMap<>();
    private final Map<String, Map<String, Double>> stages = new HashMap<>();

    PrometheusDelivery(TelemetrySettings.Prometheus settings) {
        if (settings.file() == null) {
            throw new IllegalArgumentException("no file");
        }
        this.file = settings.file().toAbsolutePath().normalize();
    }

    @Override
    public void deliver(List<Event> batch) throws IOException {
        for (Event e : batch) {
            String env = e.environment() == null ? "none" : EventDocument.safe(e.environment());
            switch (e.type()) {
                case "migration.applied" -> applied.merge(env, 1, Integer::sum);
                case "migration.failed" -> failed.merge(env, 1, Integer::sum);
                case "stage.finished" -> {
                    String stage = EventDocument.text(e, "stage");
                    if (stage != null && e.fields().get("durationMs") instanceof Number ms) {
                        stages.computeIfAbsent(env, k -> new TreeMap<>()).put(stage, ms.doubleValue() / 1000.0);
                    }
                }
                default -> {}
            }
            var end = runs.accept(e);
            if (end.isPresent()) {
                write(end.get());
            }
        }
    }

    private void write(RunTracker.RunEnd end) throws IOException {
        PrometheusText metrics = read();
        String env = end.environment();
        double at = end.event().at().toEpochMilli() / 1000.0;
        List<String> envCommand = List.of(env, end.command());
        metrics.add(PrometheusText.RUNS, List.of(env, end.command(), end.status()), 1);
        metrics.set(PrometheusText.LAST_RUN, envCommand, at);
        if (end.ok()) {
            metrics.set(PrometheusText.LAST_SUCCESS, envCommand, at);
        }
        double duration = end.durationSeconds();
        if (!Double.isNaN(duration)) {
            metrics.set(PrometheusText.RUN_DURATION, envCommand, duration);
            if ("deploy".equals(end.command())) {
                metrics.set(PrometheusText.DEPLOY_DURATION, List.of(env), duration);
            }
        }
        metrics.add(PrometheusText.APPLIED, List.of(env), applied.getOrDefault(env, 0)); // 0: the series exists from the first run
        metrics.add(PrometheusText.FAILED, List.of(env), failed.getOrDefault(env, 0));
        stages.getOrDefault(env, Map.of()).forEach((stage, seconds) ->
                metrics.set(PrometheusText.STAGE_DURATION, List.of(env, stage), seconds));
        applied.remove(env);
        failed.remove(env);
        stages.remove(env);
        replace(metrics.render());
    }

    private PrometheusText read() throws IOException {
        try {
            return PrometheusText.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new PrometheusText();
        }
    }

    private void replace(String text) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        // A name node_exporter ignores (it reads *.prom only) until the move makes it the file.
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                // The collector often runs as another user: the file is readable by all, like one written by hand.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its defaults apply.
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public String describe() {
        return "Prometheus file " + file;
    }
}
