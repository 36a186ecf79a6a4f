package dev.cairn.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values from a seeded {@link SplittableRandom}: the few combinators the
 * property tests need (choice, weighted choice, lists, map, filter). Same seed, same values, so a
 * failure is reproduced by its seed alone; there is no shrinking.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return r -> f.apply(next(r)).next(r);
    }

    /** Draws until a value passes; gives up loudly so a too-strict filter cannot hang a test. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(r);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 10000 values in a row");
        };
    }

    /** A list of {@code min..max} (inclusive) independent values. */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int size = r.nextInt(min, max + 1);
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /** A list of {@code min..max} distinct values by {@code key}; stops short if distinct values run out. */
    default Gen<List<T>> uniqueList(int min, int max, Function<? super T, ?> key) {
        return r -> {
            int size = r.nextInt(min, max + 1);
            List<T> out = new ArrayList<>(size);
            Set<Object> seen = new HashSet<>();
            for (int attempts = 0; out.size() < size && attempts < size * 50; attempts++) {
                T value = next(r);
                if (seen.add(key.apply(value))) {
                    out.add(value);
                }
            }
            return out;
        };
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> choices = List.of(values);
        return r -> choices.get(r.nextInt(choices.size()));
    }

    static Gen<Boolean> bool() {
        return SplittableRandom::nextBoolean;
    }

    /** An int in {@code min..max}, inclusive. */
    static Gen<Integer> ints(int min, int max) {
        return r -> r.nextInt(min, max + 1);
    }

    /** A long in {@code min..max}, inclusive, with the edges drawn more often than chance would. */
    static Gen<Long> longs(long min, long max) {
        return r -> switch (r.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> r.nextLong(min, max == Long.MAX_VALUE ? max : max + 1);
        };
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> choices = Arrays.asList(gens);
        return r -> choices.get(r.nextInt(choices.size())).next(r);
    }

    /** Two weighted generators: {@code weightA : weightB}. */
    static <T> Gen<T> frequency(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b) {
        return r -> r.nextInt(weightA + weightB) < weightA ? a.next(r) : b.next(r);
    }

    /** A string of {@code min..max} characters drawn from {@code chars}. */
    static Gen<String> strings(String chars, int min, int max) {
        return r -> {
            int size = r.nextInt(min, max + 1);
            StringBuilder sb = new StringBuilder(size);
            for (int i = 0; i < size; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            return sb.toString();
        };
    }
}
