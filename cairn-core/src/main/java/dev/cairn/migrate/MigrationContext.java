package dev.cairn.migrate;

import dev.cairn.db.ConnectionSource;
import dev.cairn.events.RunEvents;

/** Everything a run against one database needs: the files, the connections, the history table, the limits, the events. */
public record MigrationContext(MigrationDirectory dir, ConnectionSource db, HistoryTable history, RunSettings settings,
        RunEvents events) {}
