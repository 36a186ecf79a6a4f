package dev.cairn.doc;

import dev.cairn.migrate.usecase.SumUpdate;
import java.util.List;

/** {@code cairn sum --json}: the file written, how many migrations it records, and what changed. */
public record SumDocument(boolean ok, String file, int files, String total, List<ProblemItem> changes) {
    public static SumDocument of(SumUpdate u) {
        return new SumDocument(true, u.file().toString(), u.written().entries().size(), u.written().total(),
                ProblemItem.of(u.changes()));
    }
}
