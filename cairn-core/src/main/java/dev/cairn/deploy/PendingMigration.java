package dev.cairn.deploy;

import dev.cairn.dialect.Dialects;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration a deploy will apply, with what a reviewer must know before approving it: its SQL, whether it runs in
 * one transaction, each statement's kind, and the facts that make it risky (it drops or empties something, it runs
 * outside a transaction, it takes a table lock while building an index).
 *
 * @param statements each statement's leading keywords, such as {@code ALTER TABLE} or {@code CREATE INDEX CONCURRENTLY}
 * @param facts the risky facts, one sentence each
 */
public record PendingMigration(String script, String version, String description, boolean transactional,
        List<String> statements, List<String> facts, String sql) {

    public PendingMigration {
        statements = List.copyOf(statements);
        facts = List.copyOf(facts);
    }

    public static PendingMigration of(MigrationScript s) {
        List<String> kinds = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (SqlStatement st : s.statements()) {
            List<String> words = Dialects.current().statements().significantTokens(st.sql(), s.name()).stream()
                    .limit(8).map(Token::text).map(t -> t.toUpperCase(Locale.ROOT)).toList();
            String kind = kind(words);
            kinds.add(kind);
            String at = s.name() + ":" + st.line();
            if (kind.startsWith("DROP") || kind.equals("TRUNCATE") || kind.equals("DELETE")
                    || kind.startsWith("ALTER TABLE") && words.contains("DROP") && !words.contains("DEFAULT")
                            && !words.contains("NOT") && !words.contains("CONSTRAINT") && !words.contains("EXPRESSION")) {
                facts.add(at + ": " + kind + " removes data or objects");
            }
            if (kind.equals("CREATE INDEX") || kind.equals("CREATE UNIQUE INDEX")) {
                facts.add(at + ": " + kind + " without CONCURRENTLY blocks writes to the table while the index builds");
            }
        }
        if (!s.transactional()) {
            facts.add(s.name() + " runs outside a transaction, statement by statement: a failure leaves the earlier"
                    + " statements applied");
        }
        return new PendingMigration(s.name(), s.versionText(), s.description(), s.transactional(), kinds, facts, s.content());
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
