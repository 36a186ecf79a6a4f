package dev.cairn.diff.corpus;

import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A schema script shipped inside a library jar on the test classpath, with the smallest
 * transformation that makes it a declarative schema: statements that are not schema (DROP …
 * IF EXISTS for re-runs, COMMIT) are removed. Nothing else is rewritten, except where a schema
 * says so below.
 */
public enum RealSchema {
    /** Quartz's job store: 11 tables, composite PKs and FKs, 19 indexes. Drops DROP TABLE IF EXISTS and COMMIT. */
    QUARTZ("quartz 2.5.2", "org/quartz/impl/jdbcjobstore/tables_postgres.sql", null),
    /** Spring Batch's job repository: 6 tables, FKs, 3 sequences. Used as shipped. */
    SPRING_BATCH("spring-batch-core 6.0.6", "org/springframework/batch/core/schema-postgresql.sql", null),
    /** Spring Session JDBC: 2 tables, unique and plain indexes, ON DELETE CASCADE. Used as shipped. */
    SPRING_SESSION("spring-session-jdbc 3.5.7", "org/springframework/session/jdbc/schema-postgresql.sql", null),
    /**
     * Spring Integration JDBC: 6 tables, a sequence used by a default. The script ships the optional
     * notify function and trigger (for PostgresChannelMessageSubscriber) inside a block comment; the
     * comment markers are removed so the plpgsql function and trigger are part of the schema too.
     */
    SPRING_INTEGRATION("spring-integration-jdbc 7.1.2", "org/springframework/integration/jdbc/schema-postgresql.sql",
            sql -> sql.replace("/*CREATE FUNCTION", "CREATE FUNCTION")
                    .replace("EXECUTE PROCEDURE INT_CHANNEL_MESSAGE_NOTIFY_FCT();*/", "EXECUTE PROCEDURE INT_CHANNEL_MESSAGE_NOTIFY_FCT();"));

    private final String source;
    private final String resource;
    private final UnaryOperator<String> adjust; // null: used as shipped

    RealSchema(String source, String resource, UnaryOperator<String> adjust) {
        this.source = source;
        this.resource = resource;
        this.adjust = adjust;
    }

    public String source() {
        return source;
    }

    /** The declarative schema: the script, adjusted, with non-schema statements removed. */
    public String sql() {
        String raw;
        try (InputStream in = RealSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (" + source + ")");
            }
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String adjusted = adjust == null ? raw : adjust.apply(raw);
        if (adjust != null && adjusted.equals(raw)) {
            throw new IllegalStateException(resource + " changed upstream: the documented adjustment no longer applies");
        }
        List<SqlStatement> statements = ScriptSplitter.split(adjusted, resource);
        return statements.stream()
                .map(SqlStatement::sql)
                .filter(s -> {
                    String head = s.strip().toUpperCase(Locale.ROOT);
                    return !head.startsWith("DROP ") && !head.equals("COMMIT") && !head.equals("BEGIN");
                })
                .map(s -> s + ";\n")
                .collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + " (" + source + ")";
    }
}
