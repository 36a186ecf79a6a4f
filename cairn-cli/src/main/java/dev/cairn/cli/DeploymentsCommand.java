package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.deploy.DeploymentListing;
import dev.cairn.deploy.DeploymentRecord;
import dev.cairn.doc.DeploymentsDocument;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deployments", mixinStandardHelpOptions = true,
        description = "List the deployments recorded in the environment's database, newest first: versions, outcome,"
                + " the stage that failed, who approved.")
final class DeploymentsCommand extends BaseCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N deployments (default 20; 0 for all).")
    int limit;

    @Override
    int execute() {
        if (limit < 0) {
            throw CairnException.usage("--limit must be 0 (all deployments) or more, not " + limit + ".");
        }
        DeploymentListing listing = DeploymentListing.read(project(), selection(), limit);
        if (console().json()) {
            console().document(DeploymentsDocument.of(listing));
            return 0;
        }
        if (listing.deployments().isEmpty()) {
            console().line("No deployments are recorded in " + where(listing.target().display(), listing.target().database())
                    + ". cairn deploy records each run there.");
            return 0;
        }
        List<List<String>> table = Console.rows(List.of("ID", "WHEN (UTC)", "ENVIRONMENT", "VERSIONS", "OUTCOME",
                "FAILED STAGE", "APPROVER", "COMMIT"));
        for (DeploymentRecord d : listing.deployments()) {
            table.add(List.of(d.shortId(), when(d.startedAt()), d.environment(),
                    orDash(d.versionBefore()) + " → " + orDash(d.versionAfter()), outcome(d.outcome()),
                    orDash(d.failedStage()), orDash(d.approver()),
                    d.commit() == null ? "-" : d.commit().substring(0, Math.min(7, d.commit().length()))));
        }
        console().table(table);
        return 0;
    }

    private String outcome(String outcome) {
        return DeploymentRecord.SUCCEEDED.equals(outcome) ? console().green(outcome) : console().red(String.valueOf(outcome));
    }

    private static String when(Instant at) {
        return at == null ? "-" : WHEN.format(at);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
