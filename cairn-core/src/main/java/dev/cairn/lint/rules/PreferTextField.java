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

/** Using varchar(n). */
public final class PreferTextField extends TypeRule {
    public PreferTextField() {
        super("prefer-text-field", Severity.INFO, "Using varchar(n)",
                "varchar(n) is stored exactly like text; the limit only adds a check, and changing it later takes an ACCESS"
                        + " EXCLUSIVE lock (and a rewrite when it shrinks). text with a CHECK (char_length(col) <= n)"
                        + " constraint enforces the same limit and can be changed NOT VALID, online",
                "https://wiki.postgresql.org/wiki/Don%27t_Do_This#Don.27t_use_varchar.28n.29_by_default");
    }

    @Override
    boolean matches(dev.cairn.lint.TypeChanges.Type type, String written) {
        return type.base().equals("varchar") && !type.modifiers().isEmpty();
    }

    @Override
    String instead(dev.cairn.lint.TypeChanges.Type type, String written) {
        return "text";
    }

    @Override
    String why() {
        return "the length limit is a check in disguise that cannot be changed online; use text with a CHECK constraint.";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ADD COLUMN nickname varchar(40);"),
                LintCase.passes("ALTER TABLE users ADD COLUMN nickname text;"));
    }
}
