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

/** Using integer or smallint. */
public final class PreferBigint extends TypeRule {
    public PreferBigint() {
        super("prefer-bigint", Severity.INFO, "Using integer or smallint",
                "integer stops at 2,147,483,647 and smallint at 32,767. A key or counter that reaches the limit makes every"
                        + " insert fail, and widening the column later rewrites the table (see changing-column-type)."
                        + " bigint costs four more bytes per row",
                "https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-INT");
    }

    @Override
    boolean matches(dev.cairn.lint.TypeChanges.Type type, String written) {
        return type.base().equals("integer") || type.base().equals("smallint");
    }

    @Override
    String instead(dev.cairn.lint.TypeChanges.Type type, String written) {
        return written.toLowerCase(java.util.Locale.ROOT).contains("serial") ? "bigserial" : "bigint";
    }

    @Override
    String why() {
        return "it overflows at its 32-bit (or 16-bit) limit and widening it later rewrites the table; use bigint.";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE events ADD COLUMN account_id integer;"),
                LintCase.fires("ALTER TABLE events ADD COLUMN n smallint;"),
                LintCase.passes("ALTER TABLE events ADD COLUMN account_id bigint;"));
    }
}
