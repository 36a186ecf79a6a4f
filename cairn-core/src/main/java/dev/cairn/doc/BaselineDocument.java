package dev.cairn.doc;

import dev.cairn.migrate.usecase.HistoryBaseline;

/** {@code cairn baseline --json}: the row recorded. */
public record BaselineDocument(boolean ok, String environment, HistoryRow baseline) {
    public static BaselineDocument of(HistoryBaseline b) {
        return new BaselineDocument(true, b.target().environment(), HistoryRow.of(b.row()));
    }
}
