package dev.cairn.lint;

/** Lint findings as a Markdown table, for {@code cairn lint --markdown} and pull-request comments. */
public final class LintMarkdown {
    private LintMarkdown() {}

    /** A heading-less table (or a sentence when there is nothing), then the summary line. */
    public static String table(LintReport report) {
        StringBuilder md = new StringBuilder();
        if (report.isEmpty()) {
            md.append("No lint findings.\n");
            return md.toString();
        }
        md.append("| Where | Severity | Rule | Finding | Safe alternative |\n");
        md.append("|---|---|---|---|---|\n");
        for (Finding f : report.findings()) {
            String severity = f.excused() ? f.severity().label() + " (excused: " + cell(f.excuse()) + ")"
                    : f.severity().label();
            md.append("| `").append(f.location()).append("` | ").append(severity).append(" | [`").append(f.rule())
                    .append("`](docs/lint/").append(f.rule()).append(".md) | ").append(cell(f.message())).append(" | ")
                    .append(f.safeAlternative() == null ? "" : "`" + cell(f.safeAlternative()).replace("`", "'") + "`")
                    .append(" |\n");
        }
        md.append('\n').append(LintCounts.of(report).summary()).append(".\n");
        return md.toString();
    }

    /** Text fit for one table cell: one line, no pipe. */
    static String cell(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
    }
}
