package dev.cairn.cli;

import dev.cairn.doc.HistoryDocument;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.usecase.HistoryListing;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the history table, newest first: what ran, when, for how long, and who applied it.")
final class HistoryCommand extends BaseCommand {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N rows (default 20; 0 for all).")
    int limit;

    @Override
    int execute() {
        if (limit < 0) {
            throw dev.cairn.CairnException.usage("--limit must be 0 (all rows) or more, not " + limit + ".");
        }
        HistoryListing listing = HistoryListing.read(project(), selection(), limit);
        if (console().json()) {
            console().document(HistoryDocument.of(listing));
            return 0;
        }
        if (listing.rows().isEmpty()) {
            console().line("No migrations have been applied to " + where(listing.target().display(), listing.target().database()) + ".");
            return 0;
        }
        List<List<String>> table = Console.rows(List.of("RANK", "VERSION", "DESCRIPTION", "TYPE", "RESULT", "DURATION",
                "APPLIED AT", "APPLIED BY"));
        for (HistoryEntry h : listing.rows()) {
            table.add(List.of(String.valueOf(h.rank()), h.version() == null ? "" : h.version(), h.description(), h.type(),
                    h.success() ? console().green("ok") : console().red("failed"), h.executionMs() + " ms",
                    String.valueOf(h.appliedAt()), h.appliedBy()));
        }
        console().table(table);
        return 0;
    }
}
