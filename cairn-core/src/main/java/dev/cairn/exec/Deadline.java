package dev.cairn.exec;

/**
 * The hook through which a run's deadline and stop requests (Ctrl-C, SIGTERM) reach the {@link ScriptRunner}:
 * checked before each statement or batch is sent. The migrator's watchdog implements it; it also cancels a
 * statement already running on the server, which then fails with its SQL state (57014).
 */
@FunctionalInterface
public interface Deadline {
    /** No deadline and no stop request: runs until done. */
    Deadline NONE = () -> false;

    /** True when nothing more may be started. */
    boolean expired();
}
