package dev.cairn.deploy;

import dev.cairn.CairnException;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.project.Project;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code cairn deployments}: the deployments recorded in the selected environment's database, newest first.
 *
 * @param target where they were read
 * @param deployments the newest {@code limit} records (all for 0), newest first
 */
public record DeploymentListing(TargetLabel target, List<DeploymentRecord> deployments) {
    public DeploymentListing {
        deployments = List.copyOf(deployments);
    }

    /** @param limit how many records at most; 0 for all */
    public static DeploymentListing read(Project project, TargetSelection selection, int limit) {
        if (limit < 0) {
            throw CairnException.usage("--limit must be 0 (all deployments) or more, not " + limit + ".");
        }
        try (Project.Target t = selection.open(project)) {
            DeploymentLog log = DeploymentLog.beside(project.historyTable(t.environment()));
            Connection c;
            try {
                c = t.db().open();
            } catch (SQLException e) {
                throw SqlErrors.connectionFailure(t.db(), e);
            }
            try (c) {
                // Every record in this database: with --url the environment's name need not be the one deployed.
                return new DeploymentListing(selection.label(t), log.list(c, null, limit));
            } catch (SQLException e) {
                throw CairnException.database("Could not read the deployments from " + log.qualifiedName() + " on "
                        + t.db().describe() + ": " + SqlErrors.describe(e).summary() + ". Check the connection with"
                        + " cairn status.", e);
            }
        }
    }
}
