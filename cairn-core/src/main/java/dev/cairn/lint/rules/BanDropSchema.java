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

/** DROP SCHEMA: everything in it goes (with CASCADE), or it fails when not empty. */
public final class BanDropSchema extends BaseRule {
    public BanDropSchema() {
        super("ban-drop-schema", Severity.ERROR, "Dropping a schema",
                "DROP SCHEMA … CASCADE drops every table, view, function and type in the schema with all their data;"
                        + " without CASCADE it fails as soon as the schema holds anything. Either way the application's"
                        + " queries on the schema's objects fail afterwards.",
                "https://www.postgresql.org/docs/current/sql-dropschema.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("DROP SCHEMA") || st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> schema : st.shape().objects()) {
            String name = String.join(".", schema);
            out.add(finding(st, name, "DROP SCHEMA " + name + (st.hasKeyword("CASCADE")
                    ? " CASCADE deletes every object in the schema and all their rows."
                    : " deletes the schema (and fails if it still holds objects); code using it fails."),
                    "-- drop the schema's tables one by one, each after the code stopped using it, then:\n"
                            + "DROP SCHEMA " + name + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("DROP SCHEMA billing CASCADE;"),
                LintCase.fires("DROP SCHEMA IF EXISTS archive;"),
                LintCase.passes("CREATE SCHEMA tmp;\nDROP SCHEMA tmp;"),
                LintCase.passes("CREATE SCHEMA billing;"));
    }
}
