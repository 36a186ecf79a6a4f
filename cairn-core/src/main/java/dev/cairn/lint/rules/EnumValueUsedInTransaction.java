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

/** Using an enum value in the transaction that added it: PostgreSQL refuses ("unsafe use of new value"). */
public final class EnumValueUsedInTransaction extends BaseRule {
    public EnumValueUsedInTransaction() {
        super("enum-value-used-in-transaction", Severity.ERROR, "Using a new enum value in the transaction that added it",
                "A value added with ALTER TYPE … ADD VALUE cannot be used until the transaction that added it commits:"
                        + " PostgreSQL fails with \"unsafe use of new value\". Because Cairn runs each migration in one"
                        + " transaction, add the value in one migration and use it in the next.",
                "https://www.postgresql.org/docs/current/sql-altertype.html#SQL-ALTERTYPE-NOTES");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.actions(ActionKind.ADD_VALUE).isEmpty()) {
            return List.of();
        }
        for (String literal : literals(st)) {
            var type = scope.enumValueAddedEarlier(literal);
            if (type.isPresent()) {
                return one(st, type.get(), "'" + literal + "' was added to " + type.get() + " earlier in this transaction:"
                        + " PostgreSQL refuses to use it before that transaction commits (unsafe use of new value).",
                        "-- move this statement to the next migration:\n" + asIs(st));
            }
        }
        return List.of();
    }

    private static List<String> literals(LintStatement st) {
        List<String> out = new ArrayList<>();
        for (dev.cairn.sql.Token t : st.tokens()) {
            if (t.kind() == dev.cairn.sql.Token.Kind.STRING && t.text().startsWith("'") && t.text().endsWith("'")) {
                out.add(t.text().substring(1, t.text().length() - 1).replace("''", "'"));
            }
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TYPE tier ADD VALUE 'gold';\nUPDATE accounts SET tier = 'gold' WHERE balance > 1000;"),
                LintCase.passes("ALTER TYPE tier ADD VALUE 'gold';"),
                LintCase.passes("-- cairn:no-transaction\nALTER TYPE tier ADD VALUE 'gold';\n"
                        + "UPDATE accounts SET tier = 'gold' WHERE balance > 1000;").because("each statement commits"));
    }
}
