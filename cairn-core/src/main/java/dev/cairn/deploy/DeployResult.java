package dev.cairn.deploy;

import dev.cairn.ExitCode;
import java.util.List;

/**
 * What a {@code cairn deploy} did: the checklist it started from, the record it wrote (null for {@code --plan} and
 * for a deploy refused before it changed anything), its exit code and closing message, and the runbook when a
 * person must act.
 *
 * @param snapshot nullable: the id of the snapshot taken before migrating
 * @param runbook nullable: this environment's runbook, printed when the database was not rolled back automatically
 */
public record DeployResult(Checklist checklist, DeploymentRecord record, ExitCode exitCode, String message,
        String snapshot, String runbook, List<String> rollback) {

    public DeployResult {
        rollback = List.copyOf(rollback);
    }

    public static DeployResult planned(Checklist checklist) {
        return new DeployResult(checklist, null, ExitCode.OK, "Plan only (--plan): nothing changed.", null, null, List.of());
    }
}
