package dev.cairn.lint.rules;

import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.lint.BaseRule;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintCase;
import dev.cairn.lint.LintScope;
import dev.cairn.lint.LintStatement;
import dev.cairn.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table without USING INDEX of an index built concurrently. */
public final class UniqueConstraintWithoutIndex extends BaseRule {
    public UniqueConstraintWithoutIndex() {
        super("unique-constraint-without-index", Severity.ERROR, "Adding UNIQUE, PRIMARY KEY or EXCLUDE by building the index",
                "ADD CONSTRAINT … UNIQUE / PRIMARY KEY builds its index while holding an ACCESS EXCLUSIVE lock: nobody"
                        + " reads or writes the table until the whole index is built (and it fails on duplicates). Build"
                        + " the unique index with CREATE UNIQUE INDEX CONCURRENTLY first, then attach it with ADD"
                        + " CONSTRAINT … USING INDEX, which is instant. A PRIMARY KEY also sets its columns NOT NULL,"
                        + " scanning the table unless a validated IS NOT NULL check exists. EXCLUDE constraints have no"
                        + " USING INDEX form: they always build under that lock.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT-USING-INDEX");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation() || st.shape().table().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        String table = relation(st, scope);
        for (Action a : st.shape().actions()) {
            String type = a.constraintType();
            boolean keyed = "UNIQUE".equals(type) || "PRIMARY KEY".equals(type) || "EXCLUDE".equals(type);
            if (!keyed || a.usingIndex() || !(a.kind() == ActionKind.ADD_CONSTRAINT || a.kind() == ActionKind.ADD_COLUMN)) {
                continue;
            }
            String t = tableSql(st);
            String index = a.constraint() != null ? a.constraint()
                    : "PRIMARY KEY".equals(type) ? st.shape().tableName() + "_pkey"
                    : st.shape().tableName() + (a.column() != null ? "_" + a.column() : "") + "_key";
            String columns = a.kind() == ActionKind.ADD_COLUMN ? "(" + name(a.column()) + ")" : columns(st, type);
            String alt = "EXCLUDE".equals(type)
                    ? "-- no online form: add the exclusion constraint when the table is small or traffic is stopped,"
                            + " and excuse it with -- cairn:lint-ignore unique-constraint-without-index <why>"
                    : (a.kind() == ActionKind.ADD_COLUMN ? "ALTER TABLE " + t + " ADD COLUMN " + name(a.column()) + " "
                            + (a.type() == null ? "<type>" : a.type()) + ";\n-- fill it, then:\n" : "")
                            + "CREATE UNIQUE INDEX CONCURRENTLY " + name(index) + " ON " + t + " " + columns + ";\n"
                            + "-- next migration:\nALTER TABLE " + t + " ADD CONSTRAINT " + name(index) + " " + type
                            + " USING INDEX " + name(index) + ";";
            out.add(finding(st, table, "Adding " + type + " to " + table + " builds its index under an ACCESS EXCLUSIVE"
                    + " lock: every read and write waits until the index is built.", alt));
        }
        return out;
    }

    /** The parenthesised column list after UNIQUE / PRIMARY KEY, as written (the shape does not carry it). */
    private static String columns(LintStatement st, String type) {
        List<dev.cairn.sql.Token> tokens = st.tokens();
        String last = type.equals("PRIMARY KEY") ? "KEY" : type;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord(last) && tokens.get(i + 1).isPunct('(')) {
                int depth = 0;
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).isPunct('(')) depth++;
                    if (tokens.get(j).isPunct(')') && --depth == 0) {
                        return st.sql().substring(tokens.get(i + 1).offset(), tokens.get(j).end());
                    }
                }
            }
        }
        return "(<columns>)";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"),
                LintCase.fires("ALTER TABLE users ADD PRIMARY KEY (id);"),
                LintCase.fires("ALTER TABLE users ADD COLUMN id bigint PRIMARY KEY;"),
                LintCase.fires("ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);"),
                LintCase.passes("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"),
                LintCase.passes("CREATE TABLE t (id bigint);\nALTER TABLE t ADD PRIMARY KEY (id);"));
    }
}
