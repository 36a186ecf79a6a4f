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

/** DROP TYPE / DROP DOMAIN: the columns of that type go with CASCADE, or the drop fails. */
public final class BanDropType extends BaseRule {
    public BanDropType() {
        super("ban-drop-type", Severity.ERROR, "Dropping a type or domain",
                "DROP TYPE and DROP DOMAIN fail while a column uses the type; with CASCADE they drop those columns and"
                        + " their values too. Functions taking the type stop existing, and the application's casts to it"
                        + " fail.",
                "https://www.postgresql.org/docs/current/sql-droptype.html",
                "https://www.postgresql.org/docs/current/sql-dropdomain.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        String c = st.shape().command();
        if (!(c.startsWith("DROP TYPE") || c.startsWith("DROP DOMAIN")) || st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> type : st.shape().objects()) {
            if (scope.isNew(type)) {
                continue;
            }
            String name = String.join(".", type);
            out.add(finding(st, name, c + " " + name + (st.hasKeyword("CASCADE")
                    ? " CASCADE also drops every column of that type, with its values."
                    : " fails while a column uses it, and breaks code that casts to it."),
                    "-- first move the columns off the type (ALTER TABLE … ALTER COLUMN … TYPE text) and deploy code that"
                            + " no longer uses it; then:\n" + c + " " + name + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("DROP TYPE order_status;"),
                LintCase.fires("DROP DOMAIN IF EXISTS email CASCADE;"),
                LintCase.passes("CREATE TYPE mood AS ENUM ('sad', 'ok');\nDROP TYPE mood;"),
                LintCase.passes("DROP FUNCTION f();"));
    }
}
