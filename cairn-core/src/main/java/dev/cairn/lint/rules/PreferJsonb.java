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

/** Using json instead of jsonb. */
public final class PreferJsonb extends TypeRule {
    public PreferJsonb() {
        super("prefer-jsonb", Severity.WARNING, "Using json instead of jsonb",
                "json stores the text as given and re-parses it on every access; it has no equality operator, so DISTINCT,"
                        + " GROUP BY, UNION and unique indexes on it fail, and it cannot be indexed with GIN. jsonb is"
                        + " stored parsed, compares, and indexes",
                "https://www.postgresql.org/docs/current/datatype-json.html");
    }

    @Override
    boolean matches(dev.cairn.lint.TypeChanges.Type type, String written) {
        return type.base().equals("json");
    }

    @Override
    String instead(dev.cairn.lint.TypeChanges.Type type, String written) {
        return "jsonb";
    }

    @Override
    String why() {
        return "json has no equality operator (DISTINCT and GROUP BY fail) and is re-parsed on every read; use jsonb.";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE events ADD COLUMN payload json;"),
                LintCase.passes("ALTER TABLE events ADD COLUMN payload jsonb;"));
    }
}
