package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cairn.lint.LintCounts;
import dev.cairn.lint.usecase.MigrationLint;
import dev.cairn.lint.executed.Observation;
import java.util.List;

/**
 * {@code cairn lint --json}: the migrations linted and every finding of both layers. {@code ok} is false when an
 * unexcused error was found (exit 1). {@code observations} are the executed layer's measurements per statement, present
 * only when that layer ran.
 */
public record LintDocument(boolean ok, int exitCode, String basis, List<String> scripts, List<String> layers,
        LintCounts counts, List<LintItem> findings, @JsonInclude(JsonInclude.Include.NON_NULL) List<Observation> observations) {

    public static LintDocument of(MigrationLint lint, int exitCode) {
        LintCounts counts = LintCounts.of(lint.run().report());
        return new LintDocument(exitCode == 0, exitCode, lint.basis(), lint.scripts(), lint.run().executed()
                ? List.of("static", "executed") : List.of("static"), counts, LintItem.of(lint.run().report().findings()),
                lint.run().executed() ? lint.run().observations() : null);
    }
}
