package dev.cairn.lint;

import dev.cairn.catalog.Catalog;
import java.time.Duration;

/**
 * What the static rules may know besides the statements.
 *
 * @param before      the schema before the first linted migration (a generate snapshot, a replay), or null: with it,
 *                    rules tell existing tables from new ones and see a column's old type
 * @param lockTimeout the lock_timeout the runner sets for each migration ({@link Duration#ZERO}: none; cairn migrate
 *                    sets the environment's {@code lockTimeout})
 */
public record LintOptions(Catalog before, Duration lockTimeout) {
    public LintOptions {
        lockTimeout = lockTimeout == null ? Duration.ZERO : lockTimeout;
    }

    /** Nothing known: files run by some other tool, without a lock timeout. */
    public static LintOptions defaults() {
        return new LintOptions(null, Duration.ZERO);
    }

    public LintOptions withBefore(Catalog catalog) {
        return new LintOptions(catalog, lockTimeout);
    }

    public LintOptions withLockTimeout(Duration timeout) {
        return new LintOptions(before, timeout);
    }
}
