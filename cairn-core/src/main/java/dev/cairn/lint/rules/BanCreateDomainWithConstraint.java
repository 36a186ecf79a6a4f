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

/** CREATE DOMAIN with a CHECK or NOT NULL. */
public final class BanCreateDomainWithConstraint extends BaseRule {
    public BanCreateDomainWithConstraint() {
        super("ban-create-domain-with-constraint", Severity.WARNING, "A domain with a constraint",
                "A domain's CHECK or NOT NULL applies to every column of that type in every table. Changing it later (ALTER"
                        + " DOMAIN … ADD CONSTRAINT) checks all those columns at once under locks on all their tables, and"
                        + " domain NOT NULL is not enforced in every path (outer joins, composite fields). Put the"
                        + " constraint on the table columns instead, where it can be added NOT VALID and validated"
                        + " online",
                "https://www.postgresql.org/docs/current/sql-createdomain.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("CREATE DOMAIN") && (st.hasKeyword("CHECK") || (st.hasKeyword("NOT") && st.hasKeyword("NULL"))))) {
            return List.of();
        }
        String object = st.shape().objects().isEmpty() ? null : String.join(".", st.shape().objects().get(0));
        return one(st, object, "Domain " + object + " carries a constraint: changing it later checks every column of the type in every table at once.", "CREATE DOMAIN " + object + " AS <base type>;\n-- and on each column: ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');"),
                LintCase.fires("CREATE DOMAIN code AS text NOT NULL;"),
                LintCase.passes("CREATE DOMAIN email AS text;"));
    }
}
