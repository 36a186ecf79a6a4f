package dev.cairn.testing;

import java.util.SplittableRandom;

/**
 * Runs a property over many generated inputs from a fixed, printed seed, under plain JUnit 5.
 *
 * <p>Try 0 uses the seed itself; each next try's seed is derived from the previous try's seed, so the failing try's seed, given as {@code -Dcairn.seed=S}, starts a run at exactly that
 * input. {@code -Dcairn.tries=N} changes how many inputs are tried (e.g. 1 to replay one failure, or
 * many to explore). A failure names the property, the seeds and the generated input.
 */
public final class Seeded {
    private Seeded() {}

    /** A property's check of one input. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    public static <T> void forAll(String property, long seed, int tries, Gen<T> generator, Check<? super T> check) {
        long base = Long.getLong("cairn.seed", seed);
        int count = Integer.getInteger("cairn.tries", tries);
        System.out.printf("[property] %s: seed %d, %d tries%n", property, base, count);
        long trySeed = base;
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(trySeed);
            long nextSeed = new SplittableRandom(trySeed ^ 0x9E3779B97F4A7C15L).nextLong();
            T input = generator.next(random);
            try {
                check.accept(input);
            } catch (Throwable failure) {
                AssertionError error = new AssertionError(String.format(
                        "property %s failed on try %d of %d (run seed %d); replay it with -Dcairn.seed=%d -Dcairn.tries=1%n"
                                + "input: %s%n%s",
                        property, i + 1, count, base, trySeed, input, failure.getMessage()), failure);
                throw error;
            }
            trySeed = nextSeed;
        }
    }
}
