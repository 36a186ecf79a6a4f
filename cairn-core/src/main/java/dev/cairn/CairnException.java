package dev.cairn;

/**
 * An error a user can act on. The message is one paragraph: what went wrong, where (file:line or
 * object), why, and what to do. It must never contain a secret; callers redact before building it.
 */
public class CairnException extends RuntimeException {
    private final ExitCode exitCode;

    public CairnException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CairnException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static CairnException usage(String message) {
        return new CairnException(ExitCode.USAGE, message);
    }

    public static CairnException database(String message, Throwable cause) {
        return new CairnException(ExitCode.DATABASE, message, cause);
    }
}
