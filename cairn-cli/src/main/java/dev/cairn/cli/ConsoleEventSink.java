package dev.cairn.cli;

import dev.cairn.events.Event;
import dev.cairn.events.EventSink;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a run's events into progress lines on stderr, so a long run shows where it is: a line per
 * migration as it starts ({@code [2/5] V3  add orders …}) and one when it ends, with its time. On a
 * terminal a migration that runs longer than a second also gets a live elapsed counter on its line. In
 * {@code --json} mode only the lines that were always there are printed (no start lines, no counter).
 */
final class ConsoleEventSink implements EventSink {
    /** How long a migration runs before the live counter appears, and how often it is redrawn. */
    static final long COUNTER_AFTER_MS = 1000;
    private static final long REDRAW_MS = 100;
    /** The longest live line, leaving room for the counter within 80 columns. */
    private static final int LIVE_WIDTH = 70;

    private final Console console;
    private Ticker ticker;
    /** The running migration's {@code [2/5] }, repeated on its outcome line. */
    private String position = "";

    ConsoleEventSink(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void emit(Event e) {
        Map<String, Object> f = e.fields();
        switch (e.type()) {
            case "lock.waiting" -> console.progress("Waiting for the migration lock on " + f.get("table")
                    + ", held by " + f.getOrDefault("holder", "another session") + " …");
            case "lock.acquired" -> console.progress("Got the migration lock.");
            case "migration.started" -> started(f);
            case "migration.applied" -> ended(console.green("applied"), f);
            case "migration.failed" -> ended(console.red("failed") + " ", f);
            case "migration.recovered" -> console.notice(String.valueOf(f.get("message")));
            case "revert.started" -> started(f);
            case "revert.applied" -> ended(console.green("reverted"), f);
            case "revert.failed" -> ended(console.red("failed") + "  ", f);
            case "migration.retry", "revert.retry" -> retry(f);
            case "stage.started" -> console.progress("[" + f.get("stage") + "] …");
            case "stage.finished" -> console.progress("[" + f.get("stage") + "] " + outcome(f.get("outcome")) + took(f));
            case "canary.stage.started" -> console.progress("  canary " + f.get("percent") + "%"
                    + (f.get("index") != null ? " (stage " + f.get("index") + "/" + f.get("stages") + ")" : "") + " …");
            case "canary.stage.finished" -> console.progress("  canary " + f.get("percent") + "%  "
                    + outcome(f.get("outcome")) + took(f) + (f.get("reason") != null ? ": " + f.get("reason") : ""));
            case "health.check" -> {
                if (Boolean.FALSE.equals(f.get("ok"))) {
                    console.progress("    health check " + f.get("index") + "/" + f.get("checks") + " failed (failure "
                            + f.get("failures") + "; the stage fails at " + f.get("threshold") + "): " + f.get("error"));
                }
            }
            default -> { }
        }
    }

    private void started(Map<String, Object> f) {
        boolean outside = Boolean.FALSE.equals(f.get("transactional"));
        if (console.json()) {
            if (outside) {
                console.progress("  running " + f.get("script") + " outside a transaction, statement by statement");
            }
            return;
        }
        position = position(f);
        String line = "  " + position + label(f) + (outside ? "  (outside a transaction, statement by statement)" : "") + " …";
        if (console.live()) {
            // a line longer than the terminal wraps, and a carriage return could then not redraw it
            ticker = new Ticker(line.length() > LIVE_WIDTH ? line.substring(0, LIVE_WIDTH - 2) + " …" : line);
            ticker.start();
        } else {
            console.progress(line);
        }
    }

    /** {@code   lock timeout on V3__x.sql; retry 1/3 in 1.0 s}, below the running migration's line. */
    private void retry(Map<String, Object> f) {
        String running = ticker == null ? null : ticker.line;
        stopTicker();
        Object ms = f.get("waitMs");
        console.progress("  lock timeout on " + f.get("script") + "; retry " + f.get("attempt") + "/" + f.get("of")
                + " in " + (ms instanceof Number n ? duration(n.longValue()) : ms));
        if (running != null && console.live()) {
            ticker = new Ticker(running); // the migration runs on: its line (and time) goes on below the notice
            ticker.start();
        }
    }

    private void ended(String outcome, Map<String, Object> f) {
        stopTicker();
        Object ms = f.get("durationMs");
        console.progress("  " + outcome + "  " + position + f.get("script") + "  ("
                + (ms instanceof Number n ? duration(n.longValue()) : ms) + ")");
        position = "";
    }

    /** {@code ok} in green, {@code failed} in red, {@code skipped} as it is. */
    private String outcome(Object outcome) {
        String o = String.valueOf(outcome);
        return switch (o) {
            case "ok", "succeeded" -> console.green(o);
            case "skipped" -> console.dim(o);
            default -> console.red(o);
        };
    }

    /** {@code  (4.2 s)} when the event carries a duration. */
    private static String took(Map<String, Object> f) {
        return f.get("durationMs") instanceof Number n ? "  (" + duration(n.longValue()) + ")" : "";
    }

    /** {@code [2/5] } when the event says where the migration is in the run. */
    private static String position(Map<String, Object> f) {
        return f.get("index") != null && f.get("total") != null ? "[" + f.get("index") + "/" + f.get("total") + "] " : "";
    }

    /** {@code V3  add orders}, or {@code R  product search} for a repeatable migration. */
    private static String label(Map<String, Object> f) {
        Object version = f.get("version");
        Object description = f.get("description");
        String id = version == null ? "R" : (f.get("reverts") != null ? "U" : "V") + version;
        return description == null ? String.valueOf(f.get("script")) : id + "  " + description;
    }

    /** {@code 12 ms} below a second, else {@code 4.2 s}. */
    static String duration(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.finish();
            ticker = null;
        }
    }

    @Override
    public synchronized void close() {
        stopTicker();
    }

    /**
     * Draws the running migration's line on a terminal and, after a second, its elapsed time, redrawn in
     * place until the migration ends (then the line is cleared for the outcome line).
     */
    private final class Ticker extends Thread {
        private final String line;
        private final long startedAt = System.nanoTime();
        private volatile boolean done;

        Ticker(String line) {
            super("cairn-progress");
            setDaemon(true);
            this.line = line;
            console.redraw(line);
        }

        @Override
        public void run() {
            try {
                while (!done) {
                    long ms = (System.nanoTime() - startedAt) / 1_000_000;
                    if (ms >= COUNTER_AFTER_MS) {
                        synchronized (ConsoleEventSink.this) {
                            if (!done) {
                                console.redraw(line + " " + String.format(Locale.ROOT, "%.1f s", ms / 1000.0));
                            }
                        }
                    }
                    Thread.sleep(REDRAW_MS);
                }
            } catch (InterruptedException e) {
                // finished
            }
        }

        /** Called with the sink's lock held: no redraw can interleave with the clearing. */
        void finish() {
            done = true;
            interrupt();
            console.redraw("");
        }
    }
}
