package dev.cairn.telemetry;

import java.util.Set;

/**
 * The alert rule PagerDuty and Opsgenie share: a run of {@code migrate}, {@code deploy} or {@code rollback}
 * that ends (see {@link RunTracker}) with a status other than {@code ok} raises an alert; the next such run
 * that ends {@code ok} resolves it. One alert per project, environment and command, under a stable key. A step
 * of a larger run (the migrate inside a deploy) resolves its own alert when it succeeds but raises none when
 * it fails: the enclosing run's alert says it, so one failure pages once.
 */
final class Alerts {
    static final Set<String> COMMANDS = Set.of("migrate", "deploy", "rollback");

    private Alerts() {}

    static boolean alerts(RunTracker.RunEnd end) {
        return COMMANDS.contains(end.command()) && (end.ok() || !end.nested());
    }

    /** {@code cairn:<source>:<environment>:<command>}: the same for every run, so the next success resolves it. */
    static String key(String source, RunTracker.RunEnd end) {
        return "cairn:" + source + ":" + end.environment() + ":" + end.command();
    }

    /** {@code cairn migrate failed on production: V7__x.sql: lock timeout}. */
    static String summary(RunTracker.RunEnd end) {
        return "cairn " + end.command() + " failed on " + end.environment() + ": "
                + (end.failure() != null ? end.failure() : "status " + end.status());
    }

    /** A failed rollback is the worst case: the way back did not work, so someone must act now. */
    static boolean critical(RunTracker.RunEnd end) {
        return "rollback".equals(end.command());
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
