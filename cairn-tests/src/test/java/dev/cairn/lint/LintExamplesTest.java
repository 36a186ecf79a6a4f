package dev.cairn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shop example's migrations, linted as one first run: every table is created in the batch, so nothing blocks. */
class LintExamplesTest {
    @Test
    void theShopExampleLintsCleanAsAFirstRun() {
        var dir = MigrationDirectory.scan(Path.of("..", "examples", "shop", "migrations"));
        var scripts = dir.scripts().stream().filter(s -> s.kind() != MigrationKind.UNDO).toList();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
        LintReport report = Linter.lint(scripts, LintOptions.defaults());
        assertThat(report.blocking(java.util.Set.of())).as(report.findings().toString()).isEmpty();
        // linted alone (its table already exists), the index migration is still clean: it is built CONCURRENTLY
        var index = scripts.stream().filter(s -> s.name().startsWith("V5__")).toList();
        assertThat(Linter.lint(index, LintOptions.defaults()).findings()).isEmpty();
        // and the findings a first run gets are only the advice on column types
        assertThat(report.findings()).allMatch(f -> f.severity() != Severity.ERROR, report.findings().toString());
    }
}
