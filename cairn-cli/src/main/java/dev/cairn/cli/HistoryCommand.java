package dev.cairn.cli;

import dev.cairn.Project;
import dev.cairn.migrate.HistoryAdmin;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        try (Project.Target t = connect()) {
            var env = t.environment();
            HistoryAdmin admin = t.historyAdmin(new RunEvents(EventSink.NONE, env.name()));
            List<HistoryEntry> rows = new ArrayList<>(admin.read());
            java.util.Collections.reverse(rows);
            if (limit > 0 && rows.size() > limit) {
                rows = rows.subList(0, limit);
            }
            if (console().json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ok", true);
                doc.put("environment", env.name());
                doc.put("database", t.db().describe());
                doc.put("history", rows.stream().map(Views::row).toList());
                console().document(doc);
                return 0;
            }
            if (rows.isEmpty()) {
                console().line("No migrations have been applied to " + where(targetName(t), t.db().describe()) + ".");
                return 0;
            }
            List<List<String>> table = Console.rows(List.of("RANK", "VERSION", "DESCRIPTION", "TYPE", "RESULT", "DURATION",
                    "APPLIED AT", "APPLIED BY"));
            for (HistoryEntry h : rows) {
                table.add(List.of(String.valueOf(h.rank()), h.version() == null ? "" : h.version(), h.description(), h.type(),
                        h.success() ? console().green("ok") : console().red("failed"), h.executionMs() + " ms",
                        String.valueOf(h.appliedAt()), h.appliedBy()));
            }
            console().table(table);
            return 0;
        }
    }
}
