package dev.cairn.migrate;

import dev.cairn.config.LockRetries;
import java.time.Duration;

/**
 * How a run talks to its database. A zero duration means "no limit".
 *
 * @param lockTimeout      PostgreSQL {@code lock_timeout} for the migration session
 * @param statementTimeout PostgreSQL {@code statement_timeout} for the migration session
 * @param timeout          the whole run's deadline (the circuit breaker)
 * @param defaultSchema    the session's {@code search_path}
 * @param environment      the environment's name, for events and messages
 * @param appliedBy        who is applying, recorded in the history table
 * @param lockRetries      how a migration (or revert) that timed out waiting for a lock is run again
 */
public record RunSettings(Duration lockTimeout, Duration statementTimeout, Duration timeout, String defaultSchema,
        String environment, String appliedBy, LockRetries lockRetries) {

    public RunSettings {
        lockRetries = lockRetries == null ? LockRetries.NONE : lockRetries;
    }

    /** Settings without lock retries (the default). */
    public RunSettings(Duration lockTimeout, Duration statementTimeout, Duration timeout, String defaultSchema,
            String environment, String appliedBy) {
        this(lockTimeout, statementTimeout, timeout, defaultSchema, environment, appliedBy, LockRetries.NONE);
    }

    public static String currentUser() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }
}
