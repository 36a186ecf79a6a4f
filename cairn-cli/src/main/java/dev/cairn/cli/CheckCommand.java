package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.check.CheckReport;
import dev.cairn.check.ReplayCheck;
import dev.cairn.check.ReplayReport;
import dev.cairn.check.CheckResult;
import dev.cairn.check.OfflineCheck;
import dev.cairn.check.ProjectFiles;
import dev.cairn.config.CairnConfig;
import dev.cairn.config.ConfigLoader;
import dev.cairn.migrate.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        CairnConfig config = ConfigLoader.load(root().dir, root().env);
        ProjectFiles files = staged ? ProjectFiles.gitIndex(config) : ProjectFiles.workTree(config);
        CheckReport report = OfflineCheck.run(config, files);
        ReplayReport replayed = replay ? ReplayCheck.run(project()) : null;
        boolean ok = report.ok() && (replayed == null || replayed.ok());
        if (console().json()) {
            Map<String, Object> doc = json(report);
            if (replayed != null) {
                doc.put("ok", ok);
                doc.put("replay", CheckReplay.json(replayed));
            }
            console().document(doc);
        } else {
            render(report);
            if (replayed != null) {
                CheckReplay.print(console(), replayed);
            }
        }
        return ok ? 0 : 1;
    }

    static Map<String, Object> json(CheckReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", report.ok());
        doc.put("source", report.origin());
        doc.put("checks", report.checks().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("status", c.status().label());
            m.put("summary", c.summary());
            m.put("problems", c.problems());
            return m;
        }).toList());
        doc.put("problems", report.problems());
        doc.put("notices", report.notices());
        return doc;
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
