import dev.cairn.check.ProjectCheck;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.deploy.Checklist;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.embedded.EmbeddedDevServers;
import dev.cairn.project.Project;
import java.nio.file.Path;

/**
 * Where a deploy's checklist spends its time, in one JVM with bin/cairn's flags, on the environment's database in its
 * pre-deploy state: optionally start the scratch server of MAJOR first (what the checklist's drift check does when it
 * must replay) and create and drop one scratch database; then the offline checks, a drift check, the checklist's
 * per-migration analysis and its git calls (each cold, as the checklist meets them), Checklist.build twice (whole)
 * and DriftDetector.detect twice (warm); each line the time since main and since the previous line.
 *
 *   java -cp cairn.jar:. ScratchProbe MAJOR|none PROJECT_DIR ENV
 */
public class ScratchProbe {
    private static final long T0 = System.nanoTime();
    private static long last = T0;

    private static void at(String what) {
        long now = System.nanoTime();
        System.out.printf("%6d ms  (+%5d ms)  %s%n", (now - T0) / 1_000_000, (now - last) / 1_000_000, what);
        last = now;
    }

    public static void main(String[] args) throws Exception {
        at("main (JVM uptime " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
        if (!args[0].equals("none")) {
            int major = Integer.parseInt(args[0]);
            EmbeddedDevServers.sharedScratchServer(major);
            at("scratch server " + major + " started");
            try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
                at("scratch database created");
            }
            at("scratch database dropped");
        }
        Project project = Project.load(Path.of(args[1]), System.getenv());
        at("project loaded");
        ProjectCheck.run(project, ProjectCheck.Files.WORK_TREE, false);
        at("offline checks");
        DriftReport first = DriftDetector.detect(project, args[2], null);
        at("drift check (cold): " + (first.drifted() ? "DRIFTED" : "no drift"));
        project.migrations().versioned().forEach(s -> dev.cairn.deploy.PendingMigration.of(s, dev.cairn.lint.LintReport.EMPTY));
        at("PendingMigration.of for every versioned migration (cold)");
        dev.cairn.project.Git git = dev.cairn.project.Git.in(project.dir());
        git.resolve("HEAD");
        git.run(null, "status", "--porcelain", "--", ".");
        at("git rev-parse + status");
        for (int i = 1; i <= 2; i++) {
            try (Project.Target target = project.connect(args[2], null)) {
                Checklist c = Checklist.build(project, target, project.config().deploy(args[2]), false, null);
                at("Checklist.build " + i + ": " + c.pending().size() + " pending, " + (c.ready() ? "ready" : "NOT READY"));
            }
        }
        for (int i = 1; i <= 2; i++) {
            DriftReport r = DriftDetector.detect(project, args[2], null);
            at("drift check " + i + ": " + (r.drifted() ? "DRIFTED" : "no drift"));
        }
    }
}
