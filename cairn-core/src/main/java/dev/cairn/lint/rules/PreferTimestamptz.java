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

/** Using timestamp without time zone. */
public final class PreferTimestamptz extends TypeRule {
    public PreferTimestamptz() {
        super("prefer-timestamptz", Severity.WARNING, "Using timestamp without time zone",
                "timestamp (without time zone) stores a wall-clock reading with no zone: the same instant reads differently"
                        + " depending on the session's TimeZone, and comparisons across zones and DST changes go wrong."
                        + " timestamptz stores the instant (UTC) and converts on output",
                "https://wiki.postgresql.org/wiki/Don%27t_Do_This#Don.27t_use_timestamp_.28without_time_zone.29");
    }

    @Override
    boolean matches(dev.cairn.lint.TypeChanges.Type type, String written) {
        return type.base().equals("timestamp");
    }

    @Override
    String instead(dev.cairn.lint.TypeChanges.Type type, String written) {
        return "timestamptz";
    }

    @Override
    String why() {
        return "a timestamp without time zone is read differently by every session time zone; use timestamptz.";
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE events ADD COLUMN happened_at timestamp;"),
                LintCase.fires("ALTER TABLE events ADD COLUMN happened_at timestamp without time zone;"),
                LintCase.passes("ALTER TABLE events ADD COLUMN happened_at timestamptz;"));
    }
}
