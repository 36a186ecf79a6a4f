package dev.cairn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule has its page under docs/lint/ and a row in docs/lint/README.md, so rules and docs cannot drift. Run with
 * {@code -Dcairn.lintdocs=update} to (re)write each page's generated part from the rule's metadata and cases; review the
 * diff like a golden file.
 */
class LintDocsTest {
    private static final Path DOCS = Path.of("..", "docs", "lint");

    @Test
    void everyRuleHasItsPageAndARowInTheReadme() throws IOException {
        if (Boolean.getBoolean("cairn.lintdocs.update") || "update".equals(System.getProperty("cairn.lintdocs"))) {
            for (LintRule rule : LintRules.ALL) {
                Files.writeString(DOCS.resolve(rule.page()), page(rule));
            }
        }
        String readme = Files.readString(DOCS.resolve("README.md"));
        for (LintRule rule : LintRules.ALL) {
            Path page = DOCS.resolve(rule.page());
            assertThat(page).as(rule.id() + " page").exists();
            String text = Files.readString(page);
            assertThat(text).as(rule.page()).startsWith("# " + rule.id()).contains(rule.severity().label())
                    .contains("cairn:lint-ignore " + rule.id());
            assertThat(readme).as("README row for " + rule.id())
                    .contains("| [`" + rule.id() + "`](" + rule.page() + ") | " + rule.severity().label() + " |");
        }
        try (var files = Files.list(DOCS)) {
            // Not static rule pages: where lint runs (gates.md) and the executed layer's own pages (executed*.md).
            List<String> pages = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .filter(n -> !n.equals("gates.md") && !n.startsWith("executed")).toList();
            assertThat(pages).as("pages without a rule").allMatch(n -> LintRules.ALL.stream().anyMatch(r -> r.page().equals(n)));
        }
    }

    /** The page: what, why, an example with the finding Cairn reports, the safe alternative, references, excusing. */
    private static String page(LintRule rule) {
        LintCase fires = rule.cases().stream().filter(LintCase::fires).findFirst().orElseThrow();
        LintCase passes = rule.cases().stream().filter(c -> !c.fires()).findFirst().orElseThrow();
        Finding finding = Linter.lint(List.of(LintScripts.versioned(1, fires.script())),
                LintOptions.defaults().withBefore(fires.before())).findings().stream()
                .filter(f -> f.rule().equals(rule.id())).findFirst().orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(rule.id()).append("\n\n");
        b.append("**").append(rule.title()).append("** · severity **").append(rule.severity().label())
                .append("** · static layer\n\n");
        b.append("## What and why\n\n").append(rule.explanation()).append("\n\n");
        b.append("## Example\n\n```sql\n").append(fires.script()).append("\n```\n\n");
        if (fires.before() != null) {
            b.append("(linted with a before catalog in which ")
                    .append(fires.before().tables().get(0).qualifiedName()).append(" has ")
                    .append(fires.before().tables().get(0).columns().stream().map(c -> c.name() + " " + c.type()).toList())
                    .append(")\n\n");
        }
        b.append("Cairn reports (").append(finding.location()).append("):\n\n> ").append(finding.message()).append("\n\n");
        b.append("## Safe alternative\n\n```sql\n").append(finding.safeAlternative()).append("\n```\n\n");
        b.append("Not reported:\n\n```sql\n").append(passes.script()).append("\n```\n\n");
        if (passes.why() != null) {
            b.append("(").append(passes.why()).append(")\n\n");
        }
        if (!rule.references().isEmpty()) {
            b.append("## PostgreSQL manual\n\n");
            rule.references().forEach(r -> b.append("- <").append(r).append(">\n"));
            b.append('\n');
        }
        b.append("## Excusing it\n\nWhen the statement is safe here (a small table, a maintenance window), say why on the line"
                + " before it; the finding stays in the report with your reason and no longer blocks:\n\n```sql\n-- cairn:lint-ignore ")
                .append(rule.id()).append(" <why this is safe here>\n```\n\n")
                .append("See [how lint works](README.md).\n");
        return b.toString();
    }
}
