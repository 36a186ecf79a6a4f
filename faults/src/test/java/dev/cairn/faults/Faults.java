package dev.cairn.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Scenario knobs (system properties with small defaults) and polling. */
final class Faults {
    private Faults() {}

    static int intProperty(String name, int defaultValue) {
        int value = Integer.getInteger(name, defaultValue);
        System.out.printf("[faults] %s=%d%n", name, value);
        return value;
    }

    /** {@code -Dfaults.seed=N} replays a run; otherwise a fresh seed, printed so the run can be replayed. */
    static long seed(String scenario) {
        String given = System.getProperty("faults.seed");
        long seed = given != null ? Long.parseLong(given) : System.nanoTime() ^ 0x5DEECE66DL;
        System.out.printf("[faults] %s: seed %d (replay with -Dfaults.seed=%d)%n", scenario, seed, seed);
        return seed;
    }

    /** Polls a condition until it holds; a condition that never holds fails with {@code what}. */
    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Polls until the condition holds or the deadline passes; returns whether it held. */
    static boolean poll(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /**
     * The descriptions of the failed assertions in {@code e}, on one line: the line after each "-- failure N --"
     * of soft assertions, else the message's first line.
     */
    static String summary(Throwable e) {
        java.util.List<String> lines = String.valueOf(e.getMessage()).lines().toList();
        java.util.List<String> said = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("-- failure ")) {
                said.add(lines.get(i + 1).strip().replaceFirst("^\\[", "").replaceFirst("]$", ""));
            }
        }
        return said.isEmpty() ? lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("") : String.join("; ", said);
    }

    static void log(String format, Object... args) {
        System.out.printf("[faults] " + format + "%n", args);
    }
}
