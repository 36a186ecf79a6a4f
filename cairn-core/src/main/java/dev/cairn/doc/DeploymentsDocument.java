package dev.cairn.doc;

import dev.cairn.deploy.DeploymentListing;
import dev.cairn.deploy.DeploymentRecord;
import dev.cairn.deploy.StageRecord;
import java.time.Instant;
import java.util.List;

/** {@code cairn deployments --json}: the deployments recorded in the environment's database, newest first. */
public record DeploymentsDocument(boolean ok, String environment, String database, List<Deployment> deployments) {

    /** One deployment; times as ISO-8601 instants, absent values null. */
    public record Deployment(String id, String environment, String versionBefore, String versionAfter, String commit,
            String approver, String approvedAt, String startedAt, String finishedAt, String outcome, String failedStage,
            List<Stage> stages) {
        static Deployment of(DeploymentRecord r) {
            return new Deployment(r.id(), r.environment(), r.versionBefore(), r.versionAfter(), r.commit(), r.approver(),
                    text(r.approvedAt()), text(r.startedAt()), text(r.finishedAt()), r.outcome(), r.failedStage(),
                    r.stages().stream().map(Stage::of).toList());
        }
    }

    /** One stage: {@code outcome} is ok, failed or skipped. */
    public record Stage(String name, String outcome, String startedAt, long durationMs, String detail) {
        static Stage of(StageRecord s) {
            return new Stage(s.name(), s.outcome(), text(s.startedAt()), s.durationMs(), s.detail());
        }
    }

    public static DeploymentsDocument of(DeploymentListing listing) {
        return new DeploymentsDocument(true, listing.target().environment(), listing.target().database(),
                listing.deployments().stream().map(Deployment::of).toList());
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
