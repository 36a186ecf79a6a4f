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

/** Using char(n). */
public final class BanCharField extends TypeRule {
    public BanCharField() {
        super("ban-char-field", Severity.WARNING, "Using char(n)",
                "char(n) pads values with spaces to n characters, compares ignoring trailing spaces and is never faster than"
                        + " text or varchar in PostgreSQL; its padding surprises every client",
                "https://wiki.postgresql.org/wiki/Don%27t_Do_This#Don.27t_use_char.28n.29");
    }

    @Override
    boolean matches(dev.cairn.lint.TypeChanges.Type type, String written) {
        return type.base().equals("char") && !written.strip().startsWith("\"");
    }

    @Override
    String instead(dev.cairn.lint.TypeChanges.Type type, String written) {
        return "text";
    }

    @Override
    String why() {
        return "char(n) pads with spaces and is never faster than text; use text (with a CHECK on its length if needed).";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE countries ADD COLUMN code char(2);"),
                LintCase.fires("ALTER TABLE countries ALTER COLUMN code TYPE character(3);"),
                LintCase.passes("ALTER TABLE countries ADD COLUMN code text;"));
    }
}
