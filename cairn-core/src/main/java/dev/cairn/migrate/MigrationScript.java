package dev.cairn.migrate;

import dev.cairn.dialect.Dialects;
import dev.cairn.sql.SqlStatement;
import java.nio.file.Path;
import java.util.List;
import java.util.Comparator;

/**
 * One migration file as found on disk. {@code name} is its path relative to the migrations directory
 * with forward slashes; {@code version} is null for repeatables; {@code checksum} is the SHA-256 of the
 * content (see {@link Checksums}); {@code statements} are its statements as the splitter found them.
 */
public record MigrationScript(MigrationKind kind, Version version, String description, String name, Path path,
        String checksum, String content, List<SqlStatement> statements) implements dev.cairn.sql.SqlScript {

    /** Versioned by version, then reverts by version, then repeatables by name: the order of cairn.sum. */
    public static final Comparator<MigrationScript> ORDER = Comparator
            .comparing(MigrationScript::kind)
            .thenComparing(MigrationScript::version, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MigrationScript::name);

    /** What the history table records in its {@code version} column: the version, or null for a repeatable. */
    public String versionText() {
        return version == null ? null : version.toString();
    }

    /** Whether it runs in one transaction (see {@link StatementClassifier#transactional}). */
    @Override
    public boolean transactional() {
        return Dialects.current().statements().transactional(content, statements);
    }

    /** A short label for messages: the file name. */
    @Override
    public String toString() {
        return name;
    }
}
