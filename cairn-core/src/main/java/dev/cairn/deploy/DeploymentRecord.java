package dev.cairn.deploy;

import java.time.Instant;
import java.util.List;

/**
 * One {@code cairn deploy} run as recorded in the environment's own database ({@code cairn_deployments}, beside
 * the history table), so the deployments of an environment are listed from where they happened.
 *
 * @param id a UUID
 * @param versionBefore nullable: the schema version before (null: nothing applied yet)
 * @param versionAfter nullable: the schema version after
 * @param commit nullable: the git commit deployed
 * @param approver nullable: who approved (null when no approval was required)
 * @param approvedAt nullable
 * @param outcome {@link #SUCCEEDED}, {@link #FAILED}, {@link #ROLLED_BACK}, {@link #ROLLBACK_FAILED},
 *     {@link #REFUSED}, {@link #CANCELLED}
 * @param failedStage nullable: the name of the stage that failed
 * @param stages every stage in order, skipped ones too
 */
public record DeploymentRecord(String id, String environment, String versionBefore, String versionAfter, String commit,
        String approver, Instant approvedAt, Instant startedAt, Instant finishedAt, String outcome, String failedStage,
        List<StageRecord> stages) {
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String ROLLED_BACK = "rolled_back";
    public static final String ROLLBACK_FAILED = "rollback_failed";
    public static final String REFUSED = "refused";
    public static final String CANCELLED = "cancelled";

    public DeploymentRecord {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The first eight characters of the id, as tables show it. */
    public String shortId() {
        return id == null || id.length() <= 8 ? id : id.substring(0, 8);
    }
}
