package dev.cairn.deploy;

import dev.cairn.dialect.Dialects;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintReport;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        List<String> kinds = new ArrayList<>();
        for (SqlStatement st : s.statements()) {
            List<String> words = Dialects.current().statements().significantTokens(st.sql(), s.name()).stream()
                    .limit(8).map(Token::text).map(t -> t.toUpperCase(Locale.ROOT)).toList();
            kinds.add(kind(words));
        }
        List<Finding> mine = lint.findings().stream().filter(f -> f.file().equals(s.name())).toList();
        return new PendingMigration(s.name(), s.versionText(), s.description(), s.transactional(), kinds, mine, s.content());
    }
    /** Words that qualify a statement's verb; the kind stops at the first word that is not one (the object's name). */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("CREATE", "ALTER", "DROP", "OR", "REPLACE",
            "UNIQUE", "INDEX", "CONCURRENTLY", "TABLE", "VIEW", "MATERIALIZED", "TEMPORARY", "TEMP", "UNLOGGED", "FOREIGN",
            "TYPE", "DOMAIN", "SCHEMA", "SEQUENCE", "FUNCTION", "PROCEDURE", "TRIGGER", "EXTENSION", "POLICY", "RULE",
            "IF", "NOT", "EXISTS", "ONLY", "INSERT", "INTO", "UPDATE", "DELETE", "FROM", "TRUNCATE", "COMMENT", "ON",
            "GRANT", "REVOKE", "VACUUM", "FULL", "CLUSTER", "REINDEX", "REFRESH", "SET", "ANALYZE", "SELECT");

    /** The statement's leading keywords, without IF [NOT] EXISTS: {@code ALTER TABLE}, {@code CREATE UNIQUE INDEX}. */
    private static String kind(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!QUALIFIERS.contains(w) || out.size() >= 5) {
                break;
            }
            if (!List.of("IF", "NOT", "EXISTS").contains(w)) {
                out.add(w);
            }
            if (List.of("ON", "INTO", "FROM", "SELECT", "SET").contains(w)) {
                out.remove(out.size() - 1);
                break;
            }
        }
        return String.join(" ", out);
    }
}
