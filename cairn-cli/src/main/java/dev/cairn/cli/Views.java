package dev.cairn.cli;

import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stable JSON shapes of the CLI's documents. Field names here are a public contract. */
final class Views {
    private Views() {}

    record Row(String version, String description, String type, String script, String checksum, String appliedBy,
            String appliedAt, Long executionMs, Boolean success) {}

    static Row row(HistoryEntry h) {
        return new Row(h.version(), h.description(), h.type(), h.script(), h.checksum(), h.appliedBy(),
                h.appliedAt() == null ? null : h.appliedAt().toString(), h.executionMs(), h.success());
    }

    static Row pending(MigrationScript s) {
        return new Row(s.versionText(), s.description(), s.kind().label(), s.name(), s.checksum(), null, null, null, null);
    }

    static Map<String, Object> state(String environment, String database, MigrationState state) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", state.valid());
        doc.put("environment", environment);
        doc.put("database", database);
        doc.put("valid", state.valid());
        doc.put("current", current(state));
        doc.put("baseline", state.baseline().map(Object::toString).orElse(null));
        doc.put("applied", state.applied().stream().map(Views::row).toList());
        doc.put("pending", state.pending().stream().map(Views::pending).toList());
        doc.put("failed", state.failed().stream().map(Views::row).toList());
        doc.put("problems", state.problems());
        doc.put("notices", state.notices());
        return doc;
    }

    /** The newest applied version, or the baseline, or null for an empty database. */
    static String current(MigrationState state) {
        return state.applied().stream().map(HistoryEntry::version).reduce((a, b) -> b)
                .or(() -> state.baseline().map(Object::toString)).orElse(null);
    }

    /**
     * The failure as docs/commands.md gives it: {@code exitCode} is the number, the same as the document's
     * top-level {@code exitCode} (never the enum's name).
     */
    static Map<String, Object> failure(MigrateResult.Failure f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exitCode", f.exitCode().code());
        doc.put("script", f.script());
        doc.put("line", f.line());
        doc.put("column", f.column());
        doc.put("statement", f.statement());
        doc.put("sqlState", f.sqlState());
        doc.put("message", f.message());
        return doc;
    }

    static Map<String, Object> migrate(String environment, String database, MigrateResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", r.failure() == null);
        doc.put("exitCode", r.exitCode().code());
        doc.put("environment", environment);
        doc.put("database", database);
        doc.put("dryRun", r.dryRun());
        doc.put(r.dryRun() ? "planned" : "applied", r.steps());
        doc.put("durationMs", r.durationMs());
        doc.put("failure", failure(r.failure()));
        doc.put("problems", r.state() == null ? List.<Problem>of() : r.state().problems());
        doc.put("notices", r.state() == null ? List.of() : r.state().notices());
        return doc;
    }
}
