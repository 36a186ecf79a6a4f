package dev.cairn.deploy;

import dev.cairn.dialect.Dialects;
import dev.cairn.dialect.StatementShape;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintReport;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.sql.SqlStatement;
import java.util.List;

/**
 * A migration a deploy will apply, with what a reviewer must know before approving it: its SQL, whether it runs in
 * one transaction, each statement's kind, and the lint findings of both layers on it (locks that stop traffic,
 * rewrites, data loss — the executed ones ranked by the target's table sizes).
 *
 * @param statements each statement's leading keywords, such as {@code ALTER TABLE} or {@code CREATE INDEX CONCURRENTLY}
 * @param findings   the lint findings in this migration, in line order
 */
public record PendingMigration(String script, String version, String description, boolean transactional,
        List<String> statements, List<Finding> findings, String sql) {

    public PendingMigration {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }

    /** @param lint the lint of all pending migrations; this one's findings are taken from it */
    public static PendingMigration of(MigrationScript s, LintReport lint) {
        List<String> kinds = s.statements().stream().map(PendingMigration::kind).toList();
        List<Finding> mine = lint.findings().stream().filter(f -> f.file().equals(s.name())).toList();
        return new PendingMigration(s.name(), s.versionText(), s.description(), s.transactional(), kinds, mine, s.content());
    }

    /** The classifier's command, with CONCURRENTLY when the statement says it: {@code CREATE INDEX CONCURRENTLY}. */
    private static String kind(SqlStatement st) {
        StatementShape shape = Dialects.current().statements().shape(st);
        return shape.concurrently() ? shape.command() + " CONCURRENTLY" : shape.command();
    }
}
