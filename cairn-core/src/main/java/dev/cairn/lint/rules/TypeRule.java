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

/**
 * A rule about the type a column is given (ADD COLUMN, ALTER COLUMN TYPE, and CREATE TABLE columns when the classifier
 * reports them as ADD COLUMN actions): the choice matters on new tables too, so these fire everywhere.
 */
abstract class TypeRule extends BaseRule {
    TypeRule(String id, Severity severity, String title, String explanation, String... references) {
        super(id, severity, title, explanation, references);
    }

    /** Whether the type (as parsed) is the one this rule advises against. */
    abstract boolean matches(dev.cairn.lint.TypeChanges.Type type, String written);

    /** The type to use instead. */
    abstract String instead(dev.cairn.lint.TypeChanges.Type type, String written);

    abstract String why();

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        List<Finding> out = new ArrayList<>();
        for (Action a : st.shape().actions()) {
            if ((a.kind() != ActionKind.ADD_COLUMN && a.kind() != ActionKind.ALTER_COLUMN_TYPE) || a.type() == null) {
                continue;
            }
            var type = dev.cairn.lint.TypeChanges.parse(a.type());
            if (!matches(type, a.type())) {
                continue;
            }
            String object = relation(st, scope) + (a.column() == null ? "" : "." + a.column());
            String t = tableSql(st);
            String alt = a.kind() == ActionKind.ADD_COLUMN
                    ? "ALTER TABLE " + t + " ADD COLUMN " + name(a.column()) + " " + instead(type, a.type()) + ";"
                    : "ALTER TABLE " + t + " ALTER COLUMN " + name(a.column()) + " TYPE " + instead(type, a.type()) + ";";
            out.add(finding(st, object, object + " is " + a.type() + ": " + why(), alt));
        }
        return out;
    }
}
