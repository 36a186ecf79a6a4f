package dev.cairn;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A request from outside to stop the run (Ctrl-C, SIGTERM), and the hooks of the long-running work that
 * knows how to stop cleanly. Signals are process-wide, so there is one {@link #process()} instance: the CLI
 * forwards each signal to it, and a use case that holds a database session registers a hook for as long as
 * it runs (the migrator cancels its statement server-side, rolls back and releases its lock). When nothing
 * is registered the caller may simply exit.
 */
public final class Cancellation {
    /** Why the run is asked to stop, with the exit code that reports it. */
    public enum Reason {
        INTERRUPT("SIGINT", ExitCode.INTERRUPTED, "Interrupted"),
        TERMINATE("SIGTERM", ExitCode.TERMINATED, "Terminated");

        private final String signal;
        private final ExitCode exitCode;
        private final String word;

        Reason(String signal, ExitCode exitCode, String word) {
            this.signal = signal;
            this.exitCode = exitCode;
            this.word = word;
        }

        public String signal() {
            return signal;
        }

        public ExitCode exitCode() {
            return exitCode;
        }

        /** "Interrupted (SIGINT)", to start a message with. */
        public String describe() {
            return word + " (" + signal + ")";
        }
    }

    /** A registered hook; close it when the work it can stop has finished. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final Cancellation PROCESS = new Cancellation();

    private final List<Consumer<Reason>> hooks = new CopyOnWriteArrayList<>();
    private volatile Reason requested;

    /** The process-wide instance the signal handlers talk to. */
    public static Cancellation process() {
        return PROCESS;
    }

    /** Runs {@code hook} (on the requesting thread, so it must not block for long) when a stop is requested. */
    public Registration onRequest(Consumer<Reason> hook) {
        hooks.add(hook);
        Reason already = requested;
        if (already != null) {
            hook.accept(already);
        }
        return () -> hooks.remove(hook);
    }

    /**
     * Asks the registered work to stop. Returns whether any work was registered to handle it; when none
     * was, nothing is running that needs a clean stop and the caller can exit at once.
     */
    public boolean request(Reason reason) {
        if (requested == null) {
            requested = reason;
        }
        boolean handled = false;
        for (Consumer<Reason> hook : hooks) {
            handled = true;
            try {
                hook.accept(reason);
            } catch (RuntimeException e) {
                // One hook failing must not keep the others from stopping their work.
            }
        }
        return handled;
    }

    public Optional<Reason> requested() {
        return Optional.ofNullable(requested);
    }

    /** Forgets a handled request, for a host that keeps running after a stopped use case (a test, a build plugin). */
    public void reset() {
        requested = null;
    }
}
