package dev.cairn.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.config.DeploySettings;
import dev.cairn.config.DeploySettings.RollbackPolicy;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.config.Secret;
import dev.cairn.project.Project;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runbook's text: each way back with its exact command, and only the ways that exist for the environment. */
class RunbookTest {
    @TempDir
    Path tmp;
    Path dir;
    Project project;

    @BeforeEach
    void project() throws Exception {
        dir = tmp.resolve("my app");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("cairn.yaml"), "migrations: migrations\nenvironments:\n  production:\n"
                + "    url: jdbc:postgresql://db.internal:5432/shop\n");
        for (int v = 1; v <= 4; v++) {
            Files.writeString(dir.resolve("migrations/V" + v + "__step" + v + ".sql"), "CREATE TABLE t" + v + " (id int);\n");
            Files.writeString(dir.resolve("migrations/U" + v + "__step" + v + ".sql"), "DROP TABLE t" + v + ";\n");
        }
        project = Project.load(dir, Map.of());
    }

    private static DeploySettings with(SnapshotSettings snapshot) {
        return new DeploySettings(true, snapshot, null, null, RollbackPolicy.RUNBOOK);
    }

    @Test
    void listsEveryWayBackInOrderWithExactCommands() {
        String text = Runbook.of(project, "production", with(new SnapshotSettings.Template(3)), "4", "2", "snap-20261202-1")
                .render();
        String cairn = "cairn --dir '" + dir + "' --env production";
        assertThat(text).contains("cairn --dir '" + dir + "' generate --name fix_<what>", cairn + " deploy",
                cairn + " rollback --to 2 --dry-run", cairn + " rollback --to 2\n", cairn + " snapshot restore snap-20261202-1",
                "recovery_target_time = '<TIMESTAMP just before the deploy>'", "recovery.signal",
                "pg_restore --clean --if-exists --no-owner -d \"$DATABASE_URL\" <DUMP-FILE>", cairn + " status\n", cairn + " drift\n");
        assertThat(text.indexOf("## 1. Fix forward")).isLessThan(text.indexOf("## 2. Revert migrations to version 2"));
        assertThat(text.indexOf("## 2.")).isLessThan(text.indexOf("## 3. Restore the snapshot"));
        assertThat(text.indexOf("## 3.")).isLessThan(text.indexOf("## 4. Point-in-time recovery"));
        assertThat(text.indexOf("## 4.")).isLessThan(text.indexOf("## 5. Restore a dump"));
        assertThat(text).contains("Schema version now: 4; before the deploy: 2");
    }

    @Test
    void aMissingRevertReplacesTheRollbackCommandWithWhatToWrite() throws Exception {
        Files.delete(dir.resolve("migrations/U3__step3.sql"));
        Files.delete(dir.resolve("migrations/U1__step1.sql")); // before the deploy: not needed
        Runbook runbook = Runbook.of(project, "production", DeploySettings.NONE, "4", "2", null);
        assertThat(runbook.missingReverts()).extracting(m -> m.expected()).containsExactly("U3__step3.sql");
        String text = runbook.render();
        assertThat(text).contains("Not available yet: V3__step3.sql has no revert (U3__step3.sql)", "cairn sum")
                .doesNotContain("rollback --to 2 --dry-run");
        assertThat(text.indexOf("cairn sum")).isLessThan(text.indexOf("rollback --to 2\n"));
        // No snapshot provider: the snapshot step says so instead of giving a command that cannot work.
        assertThat(text).contains("Not configured").doesNotContain("snapshot restore");
    }

    @Test
    void withoutAKnownSnapshotIdThePlaceholderIsExplainedAndNeonGetsABranchRestore() {
        SnapshotSettings neon = new SnapshotSettings.Neon(SnapshotSettings.Neon.DEFAULT_API, Secret.of("neon-key-secret"),
                "p-cool-1", "main", 3);
        String text = Runbook.of(project, "production", with(neon), "4", null, null).render();
        assertThat(text).contains("snapshot restore <SNAPSHOT-ID>", "the deploy printed",
                "neonctl branches restore main ^self@<TIMESTAMP> --preserve-under-name main_before_restore --project-id p-cool-1",
                "rollback --to 0\n").doesNotContain("neon-key-secret").doesNotContain("recovery_target_time");
    }

    @Test
    void nothingToRevertWhenTheDatabaseIsStillAtThePreviousVersion() {
        String text = Runbook.of(project, "production", with(new SnapshotSettings.PgDump(dir.resolve("dumps"), null, null, 2)),
                "2", "2", "s1").render();
        assertThat(text).contains("Nothing to revert", "pg_dump snapshots are in " + dir.resolve("dumps"))
                .doesNotContain("rollback --to");
    }
}
