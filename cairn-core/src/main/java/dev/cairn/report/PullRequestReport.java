package dev.cairn.report;

import dev.cairn.check.CheckReport;
import dev.cairn.check.CheckResult;
import dev.cairn.project.Git;
import dev.cairn.config.CairnConfig;
import dev.cairn.drift.Difference;
import dev.cairn.drift.DriftReport;
import dev.cairn.lint.Finding;
import dev.cairn.lint.Layer;
import dev.cairn.lint.LintCounts;
import dev.cairn.lint.LintGate;
import dev.cairn.lint.executed.LintRun;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pieces of {@code cairn ci report}: sections built from the offline checks and the pending
 * migrations, and "pending" worked out against a git base when no database is given.
 */
public final class PullRequestReport {
    private PullRequestReport() {}

    /** Migrations a change would apply, and how that was decided ("not applied to staging", "added since main"). */
    public record Pending(String basis, List<MigrationScript> scripts) {
        public Pending {
            scripts = List.copyOf(scripts);
        }
    }

    /** The offline checks as a section: one item per check. */
    public static ReportSection checks(CheckReport report, Duration duration) {
        List<ReportSection.Item> items = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            ReportSection.Status status = switch (c.status()) {
                case PASSED -> ReportSection.Status.PASSED;
                case FAILED -> ReportSection.Status.FAILED;
                case SKIPPED -> ReportSection.Status.SKIPPED;
            };
            StringBuilder details = new StringBuilder();
            for (Problem p : c.problems()) {
                details.append("- `").append(p.code()).append("` ").append(p.message()).append('\n');
            }
            items.add(new ReportSection.Item(c.title(), status, c.summary(), details.toString(), ""));
        }
        StringBuilder summary = new StringBuilder(report.ok() ? "The migrations and schema sources are consistent."
                : report.problems().size() + " problem(s) found by `cairn check`.");
        report.notices().forEach(n -> summary.append("\n\n> ").append(n));
        return new ReportSection("check", "Offline checks", report.ok() ? ReportSection.Status.PASSED
                : ReportSection.Status.FAILED, summary.toString(), items, true, duration);
    }

    /** Drift of a live database from its own history: one item per difference or history finding, the fix SQL folded. */
    public static ReportSection drift(DriftReport report, Duration duration) {
        List<ReportSection.Item> items = new ArrayList<>();
        for (Problem p : report.history()) {
            items.add(new ReportSection.Item(p.subject(), ReportSection.Status.FAILED, p.message(), "", ""));
        }
        for (Difference d : report.differences()) {
            items.add(new ReportSection.Item(d.object(), ReportSection.Status.FAILED, d.line(), "", ""));
        }
        if (report.drifted() && !report.fixSql().isBlank()) {
            items.add(new ReportSection.Item("SQL that would undo the drift", ReportSection.Status.INFO,
                    "review before applying: it drops what was created by hand", report.fixSql(), "sql"));
        }
        String summary = report.drifted()
                ? report.differences().size() + " difference(s) and " + report.history().size() + " history finding(s) in "
                        + report.environment() + " (" + report.database() + ")."
                : report.environment() + " (" + report.database() + ") matches its " + report.replayed()
                        + " applied migration(s): no drift.";
        return new ReportSection("drift", "Drift", report.drifted() ? ReportSection.Status.FAILED
                : ReportSection.Status.PASSED, summary, items, true, duration);
    }

    /** The pending migrations with their SQL, each folded; reverts are listed beside their migration. */
    public static ReportSection pending(Pending pending, MigrationDirectory dir, Duration duration) {
        List<ReportSection.Item> items = new ArrayList<>();
        for (MigrationScript s : pending.scripts()) {
            String what = s.kind() == MigrationKind.REPEATABLE ? "repeatable"
                    : s.statements().size() + " statement(s)" + (s.version() != null && dir.revertOf(s.version()).isPresent()
                            ? ", revert " + dir.revertOf(s.version()).get().name() : ", no revert");
            items.add(new ReportSection.Item(s.name(), ReportSection.Status.INFO, what, s.content(), "sql"));
        }
        String summary = pending.scripts().isEmpty() ? "No pending migrations (" + pending.basis() + ")."
                : pending.scripts().size() + " migration(s) " + pending.basis() + ".";
        return new ReportSection("pending", "Pending migrations", ReportSection.Status.INFO, summary, items, false, duration);
    }

    /**
     * The lint of the pending migrations: one item per finding (unexcused errors fail, with the safe alternative and
     * how to excuse folded below), or one passed item when there is none, so the JUnit suite always has a case.
     */
    public static ReportSection lint(Pending pending, LintRun run, Duration duration) {
        List<ReportSection.Item> items = new ArrayList<>();
        for (Finding f : run.report().findings()) {
            ReportSection.Status status = f.blocking() ? ReportSection.Status.FAILED : ReportSection.Status.INFO;
            String message = f.severity().label() + " `" + f.rule() + "`" + (f.layer() == Layer.EXECUTED ? " (executed)" : "")
                    + ": " + f.message().strip().replaceAll("\\s*\\n\\s*", " ")
                    + (f.excused() ? " — excused: " + f.excuse() : "");
            String details = f.blocking() ? LintGate.explain(f) : f.safeAlternative() == null ? ""
                    : "Safe alternative:\n\n```sql\n" + f.safeAlternative().strip() + "\n```";
            items.add(new ReportSection.Item(f.location(), status, message, details, ""));
        }
        if (items.isEmpty()) {
            items.add(ReportSection.Item.of("lint", ReportSection.Status.PASSED, "no findings"));
        }
        boolean failed = !run.report().blocking(Set.of()).isEmpty();
        String summary = pending.scripts().size() + " pending migration(s) linted ("
                + (run.executed() ? "static and executed layers" : "static layer") + "): "
                + LintCounts.of(run.report()).summary() + "." + (failed ? " Errors refuse `cairn migrate` and `cairn deploy`"
                        + " until fixed, excused (`-- cairn:lint-ignore <rule> <reason>`) or allowed (`--allow <rule>`)." : "");
        return new ReportSection("lint", "Lint", failed ? ReportSection.Status.FAILED : ReportSection.Status.PASSED,
                summary, items, true, duration);
    }

    /**
     * The migrations added relative to a git base: {@code base} when given, else the merge base of HEAD with
     * {@code origin/main}, else with {@code main}; with none of those, every migration.
     */
    public static Pending addedSince(CairnConfig config, MigrationDirectory dir, String base) {
        Git git = Git.in(config.projectDir());
        if (git.topLevel().isEmpty()) {
            return new Pending("in the directory (not a git repository, so there is no base to compare with)",
                    candidates(dir));
        }
        String label;
        String commit;
        if (base != null) {
            commit = git.resolve(base).orElseThrow(() -> dev.cairn.CairnException.usage("--base " + base
                    + " is not a commit git knows: fetch it (git fetch origin " + base + ") or name another."));
            label = base;
        } else {
            Optional<String> found = Optional.empty();
            label = null;
            for (String ref : List.of("origin/main", "main")) {
                if (git.resolve(ref).isPresent()) {
                    found = git.mergeBase("HEAD", ref);
                    if (found.isPresent()) {
                        label = "the merge base with " + ref;
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                return new Pending("in the directory (no origin/main or main to compare with; pass --base REF)",
                        candidates(dir));
            }
            commit = found.get();
        }
        String rel = config.projectDir().relativize(config.migrationsDir()).toString().replace('\\', '/');
        Set<String> before = new HashSet<>();
        for (Git.Entry e : git.treeFiles(commit, List.of(rel.isEmpty() ? "." : rel))) {
            Path abs = config.projectDir().resolve(e.path()).normalize();
            before.add(config.migrationsDir().relativize(abs).toString().replace('\\', '/'));
        }
        List<MigrationScript> added = candidates(dir).stream().filter(s -> !before.contains(s.name())).toList();
        return new Pending("added since " + (base != null ? label : label) + " (" + commit.substring(0, 12) + ")", added);
    }

    /** Versioned migrations and repeatables: what migrate would run (reverts are not). */
    private static List<MigrationScript> candidates(MigrationDirectory dir) {
        return dir.scripts().stream().filter(s -> s.kind() != MigrationKind.UNDO).toList();
    }
}
