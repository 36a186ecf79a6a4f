package dev.cairn.cli;

import dev.cairn.Cancellation;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM for the {@code cairn} process. The first signal asks the running use case to
 * stop ({@link Cancellation}): a migration cancels its statement on the server, rolls back, releases its
 * lock, reports in one paragraph and the process exits 130 (SIGINT) or 143 (SIGTERM). When no use case is
 * registered (nothing is running against a database) the process exits at once with that code. A second
 * signal exits at once, saying what that leaves behind.
 */
final class Signals {
    private static final Duration HOOKS_CAP = Duration.ofSeconds(1);
    private static final AtomicBoolean received = new AtomicBoolean();

    private Signals() {}

    static void install(PrintStream err) {
        handle("INT", Cancellation.Reason.INTERRUPT, err);
        handle("TERM", Cancellation.Reason.TERMINATE, err);
    }

    private static void handle(String name, Cancellation.Reason reason, PrintStream err) {
        try {
            Signal.handle(new Signal(name), s -> onSignal(reason, err));
        } catch (IllegalArgumentException e) {
            // This platform does not have the signal (or the JVM reserves it): keep the default behaviour.
        }
    }

    private static void onSignal(Cancellation.Reason reason, PrintStream err) {
        if (received.compareAndSet(false, true)) {
            if (Cancellation.process().request(reason)) {
                return; // the running use case stops cleanly and reports; main() then exits with the code
            }
            err.println("error: " + reason.describe() + ": cairn stopped before finishing. It was not running a migration;"
                    + " a database session it had open closes with the process, and the server rolls back anything"
                    + " that session had not committed.");
            err.flush();
            System.exit(reason.exitCode().code());
        }
        err.println("error: A second stop signal (" + reason.signal() + "): cairn exits now, without waiting for the clean stop."
                + " Its database session closes with the process: the server rolls back the open transaction and releases"
                + " the migration lock when it notices, and a statement that ran outside a transaction may still finish"
                + " there. Run cairn status to see what is recorded.");
        err.flush();
        exitNow(reason.exitCode().code());
    }

    /**
     * Exits, giving the shutdown hooks (stopping a local database this run started) at most {@link #HOOKS_CAP}:
     * the main thread may itself be inside System.exit, where a second call would wait for ever.
     */
    private static void exitNow(int code) {
        Thread exit = new Thread(() -> System.exit(code), "cairn-exit");
        exit.setDaemon(true);
        exit.start();
        try {
            exit.join(HOOKS_CAP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(code);
    }
}
