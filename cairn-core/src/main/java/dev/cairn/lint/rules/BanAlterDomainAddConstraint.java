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

/** ALTER DOMAIN … ADD CONSTRAINT without NOT VALID. */
public final class BanAlterDomainAddConstraint extends BaseRule {
    public BanAlterDomainAddConstraint() {
        super("ban-alter-domain-add-constraint", Severity.ERROR, "Adding a constraint to a domain",
                "ALTER DOMAIN … ADD CONSTRAINT checks every column of the domain in every table, holding a lock on each of"
                        + " those tables that blocks writes for the whole check, and fails if one value breaks it."
                        + " Written NOT VALID it only applies to new values, and VALIDATE CONSTRAINT checks the old ones"
                        + " later",
                "https://www.postgresql.org/docs/current/sql-alterdomain.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("ALTER DOMAIN") && (st.actions(ActionKind.ADD_CONSTRAINT).stream().anyMatch(a -> !a.notValid()) || (st.shape().actions().isEmpty() && st.hasKeyword("ADD") && !st.hasKeyword("VALID"))))) {
            return List.of();
        }
        String object = st.shape().objects().isEmpty() ? null : String.join(".", st.shape().objects().get(0));
        return one(st, object, "ALTER DOMAIN " + object + " ADD CONSTRAINT checks every column of the domain in every table while blocking writes to them.", st.sql() + " NOT VALID;\n-- next migration:\nALTER DOMAIN " + object + " VALIDATE CONSTRAINT <name>;");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');"),
                LintCase.passes("ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;"));
    }
}
