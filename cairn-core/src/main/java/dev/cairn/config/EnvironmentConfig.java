package dev.cairn.config;

import dev.cairn.CairnException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One resolved environment: variables expanded, durations parsed, credentials taken out of the URL.
 * Because the canonical constructor normalises the URL, {@code url} and {@code toString()} are
 * always safe to print.
 *
 * @param url {@code embedded} or a credential-free {@code jdbc:postgresql:} URL
 * @param user nullable: the driver's / embedded server's default
 * @param password nullable: no password
 * @param lockTimeout {@link Duration#ZERO} means no limit
 * @param statementTimeout {@link Duration#ZERO} means no limit
 * @param timeout the whole run's deadline; {@link Duration#ZERO} means none
 * @param lockRetries how a migration that timed out waiting for a lock is retried; null: {@link LockRetries#DEFAULT}
 */
public record EnvironmentConfig(
        String name,
        String url,
        String user,
        Secret password,
        String defaultSchema,
        Duration lockTimeout,
        Duration statementTimeout,
        Duration timeout,
        LockRetries lockRetries) {

    public static final String EMBEDDED = PostgresUrl.EMBEDDED;
    public static final String DEFAULT_SCHEMA = "public";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ZERO;
    public static final Duration DEFAULT_TIMEOUT = Duration.ZERO;

    /** Normalises the URL (credentials in it win over the fields) and fills defaults for nulls. */
    public EnvironmentConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        PostgresUrl parsed;
        try {
            parsed = PostgresUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw CairnException.usage("environment '" + name + "': " + e.getMessage());
        }
        url = parsed.url();
        if (parsed.user() != null) {
            user = parsed.user();
        }
        if (parsed.password() != null) {
            password = Secret.of(parsed.password());
        }
        if (password != null) {
            // Once a password is known to the process, nothing printed may contain it.
            Redactor.register(password.reveal());
        }
        defaultSchema = defaultSchema == null || defaultSchema.isEmpty() ? DEFAULT_SCHEMA : defaultSchema;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        statementTimeout = statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        lockRetries = lockRetries == null ? LockRetries.DEFAULT : lockRetries;
    }

    /** An environment without lock retries (the default). */
    public EnvironmentConfig(String name, String url, String user, Secret password, String defaultSchema,
            Duration lockTimeout, Duration statementTimeout, Duration timeout) {
        this(name, url, user, password, defaultSchema, lockTimeout, statementTimeout, timeout, null);
    }

    /** The zero-set-up environment: a PostgreSQL run by Cairn under .cairn/local/. */
    public static EnvironmentConfig embeddedLocal() {
        return new EnvironmentConfig("local", EMBEDDED, null, null, null, null, null, null);
    }

    public boolean embedded() {
        return EMBEDDED.equals(url);
    }

    /**
     * This environment with another URL, for {@code --url}. User and password written in the URL
     * (userinfo or {@code user=}/{@code password=} parameters) replace the configured ones and are
     * removed from the URL; otherwise the configured credentials stay.
     */
    public EnvironmentConfig withUrl(String newUrl) {
        return new EnvironmentConfig(name, newUrl, user, password, defaultSchema, lockTimeout, statementTimeout, timeout,
                lockRetries);
    }

    /** The URL for messages and logs; masks the password should it appear anyway. */
    public String redactedUrl() {
        return Redactor.redact(url, password == null ? List.of() : List.of(password.reveal()));
    }
}
