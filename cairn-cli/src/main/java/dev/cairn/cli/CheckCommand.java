package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.check.CheckReport;
import dev.cairn.check.CheckResult;
import dev.cairn.check.ProjectCheck;
import dev.cairn.doc.CheckDocument;
import dev.cairn.migrate.Problem;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Offline checks, no database, well under a second: migration files against cairn.sum"
                + " (edited, added or removed by hand), schema sources changed without a generated migration, and"
                + " naming problems.", "With --replay, also the CI check on a scratch database. Exit 1 on problems."})
final class CheckCommand extends BaseCommand {
    @Option(names = "--staged", description = "Judge what the git index holds (what `git commit` would record), not the"
            + " work tree. The pre-commit hook runs this.")
    boolean staged;

    @Option(names = "--replay", description = "Also replay every migration into a scratch database and compare the result"
            + " with the newest snapshot and with the schema files (the CI check; needs no server, takes seconds).")
    boolean replay;

    @Override
    int execute() {
        if (staged && replay) {
            throw CairnException.usage("--staged and --replay do not go together: the replay runs the work tree's"
                    + " migrations. Use --staged in the pre-commit hook and --replay in CI.");
        }
        ProjectCheck check = ProjectCheck.run(project(), staged ? ProjectCheck.Files.GIT_INDEX : ProjectCheck.Files.WORK_TREE,
                replay);
        if (console().json()) {
            console().document(CheckDocument.of(check.offline(), check.replay()));
        } else {
            render(check.offline());
            if (check.replay() != null) {
                CheckReplay.print(console(), check.replay());
            }
        }
        return check.ok() ? 0 : 1;
    }

    private void render(CheckReport report) {
        Console c = console();
        for (CheckResult r : report.checks()) {
            String mark = switch (r.status()) {
                case PASSED -> c.green("ok  ");
                case FAILED -> c.red("FAIL");
                case SKIPPED -> c.yellow("skip");
            };
            c.line(mark + "  " + r.title() + ": " + r.summary());
            for (Problem p : r.problems()) {
                c.line("        " + p.code() + "  " + p.message());
            }
        }
        report.notices().forEach(c::notice);
        List<Problem> problems = report.problems();
        if (problems.isEmpty()) {
            c.line(c.green("Check passed") + " (" + report.origin() + ").");
        } else {
            c.line(c.red(problems.size() + " problem(s)") + " in the " + report.origin() + ".");
        }
    }
}
