package dev.cairn.cli;

import dev.cairn.events.Event;
import dev.cairn.events.EventSink;

/** Turns a run's events into progress lines on stderr, so a long run shows where it is. */
final class ConsoleEventSink implements EventSink {
    private final Console console;

    ConsoleEventSink(Console console) {
        this.console = console;
    }

    @Override
    public void emit(Event e) {
        switch (e.type()) {
            case "lock.waiting" -> console.progress("Waiting for the migration lock on " + e.fields().get("table")
                    + ", held by " + e.fields().getOrDefault("holder", "another session") + " …");
            case "lock.acquired" -> console.progress("Got the migration lock.");
            case "migration.started" -> {
                if (Boolean.FALSE.equals(e.fields().get("transactional"))) {
                    console.progress("  running " + e.fields().get("script") + " outside a transaction, statement by statement");
                }
            }
            case "migration.applied" -> console.progress("  " + console.green("applied") + "  " + e.fields().get("script")
                    + "  (" + e.fields().get("durationMs") + " ms)");
            case "migration.recovered" -> console.notice(String.valueOf(e.fields().get("message")));
            case "migration.failed" -> console.progress("  " + console.red("failed") + "   " + e.fields().get("script")
                    + "  (" + e.fields().get("durationMs") + " ms)");
            default -> { }
        }
    }
}
