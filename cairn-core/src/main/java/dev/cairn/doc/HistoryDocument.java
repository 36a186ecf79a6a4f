package dev.cairn.doc;

import dev.cairn.migrate.usecase.HistoryListing;
import java.util.List;

/** {@code cairn history --json}: the rows, newest first. */
public record HistoryDocument(boolean ok, String environment, String database, List<HistoryRow> history) {
    public static HistoryDocument of(HistoryListing listing) {
        return new HistoryDocument(true, listing.target().environment(), listing.target().database(),
                HistoryRow.of(listing.rows()));
    }
}
