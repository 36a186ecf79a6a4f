package dev.cairn;

/** The documented process exit codes. Every command ends with exactly one of these. */
public enum ExitCode {
    OK(0),
    /** A check ran and found problems (validation, drift, lint). */
    PROBLEMS(1),
    /** The command line or the configuration is wrong. */
    USAGE(2),
    /** The database or a migration failed. */
    DATABASE(3),
    /** The run's deadline expired and Cairn cancelled it (circuit breaker). */
    TIMEOUT(4),
    /** The user interrupted the run (SIGINT, Ctrl-C): 128 + 2, the shell's convention. */
    INTERRUPTED(130),
    /** The run was asked to stop (SIGTERM, e.g. a CI job cancelled): 128 + 15, the shell's convention. */
    TERMINATED(143);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
