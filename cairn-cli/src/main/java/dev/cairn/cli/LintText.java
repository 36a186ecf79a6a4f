package dev.cairn.cli;

import dev.cairn.lint.Finding;
import dev.cairn.lint.LintCounts;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Severity;
import java.util.List;

/** Lint findings as text: {@code file:line  severity  rule  message}, the safe way and the excuse below, by file. */
final class LintText {
    private LintText() {}

    static void findings(Console c, List<Finding> findings) {
        String file = null;
        for (Finding f : findings) {
            if (file != null && !file.equals(f.file())) {
                c.line("");
            }
            file = f.file();
            String severity = switch (f.severity()) {
                case ERROR -> f.excused() ? c.dim("error") : c.red("error");
                case WARNING -> c.yellow("warning");
                case INFO -> "info";
            };
            c.line(f.location() + "  " + severity + "  " + f.rule() + "  " + f.message().strip()
                    + (f.layer() == dev.cairn.lint.Layer.EXECUTED ? c.dim(" (executed)") : ""));
            if (f.safeAlternative() != null && !f.safeAlternative().isBlank()) {
                List<String> lines = f.safeAlternative().strip().lines().toList();
                c.line("  safe: " + lines.get(0));
                lines.stream().skip(1).forEach(l -> c.line("        " + l));
            }
            if (f.excused()) {
                c.line("  excused: " + f.excuse());
            }
        }
    }

    /** The summary line and, when there are findings, where the rules are explained. */
    static void summary(Console c, LintReport report) {
        LintCounts n = LintCounts.of(report);
        String text = n.summary();
        c.line(n.errors() > 0 ? c.red(text) : n.warnings() > 0 ? c.yellow(text) : c.green(text) + ".");
        if (!report.isEmpty()) {
            c.line("Each rule is explained in docs/lint/<rule>.md; to excuse a statement, put"
                    + " `-- cairn:lint-ignore <rule> <reason>` on the line above it.");
        }
    }

    static boolean hasErrors(LintReport report) {
        return report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && !f.excused());
    }
}
