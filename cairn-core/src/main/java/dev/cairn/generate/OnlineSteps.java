package dev.cairn.generate;

import dev.cairn.catalog.Catalog;
import dev.cairn.dialect.Dialect;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.plan.OnlinePlanner;
import dev.cairn.plan.OnlinePlanner.OnlinePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations of an online plan ({@link OnlinePlanner}): the transactional main part, the concurrent index builds
 * (a file cairn migrate runs statement by statement), then the validations, each written only when it has statements.
 * The intermediate catalogs hold NOT VALID constraints and indexes that are not constraints yet, so only the last step
 * names a target; each revert is the differ's plan from the catalog the step reached back to the one before it (the
 * index part's revert dropping its indexes concurrently).
 */
final class OnlineSteps {
    private OnlineSteps() {}

    static List<Step> of(String name, OnlinePlan online, Catalog desired, Dialect dialect, DiffOptions revertOptions,
            DiffOptions plain) {
        List<Part> parts = new ArrayList<>();
        if (!online.main().isEmpty()) {
            parts.add(new Part(name, online.main(), MAIN, false));
        }
        if (!online.indexes().isEmpty()) {
            parts.add(new Part(name + "_indexes", online.indexes(), INDEXES, true));
        }
        if (!online.validations().isEmpty()) {
            parts.add(new Part(name + "_validate", online.validations(), VALIDATE, false));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            // renames are all in the first part: only its revert turns them around
            DiffOptions back = i == 0 ? revertOptions : plain;
            String note = "-- Part " + (i + 1) + " of " + parts.size() + " of an online change (cairn generate --fast writes one"
                    + " migration instead).\n" + p.why();
            steps.add(new Step(p.name(), note, i == parts.size() - 1 ? desired : null, dialect.renderer().render(p.changes()),
                    (reached, before) -> {
                        ChangeSet revert = Differ.diff(reached, before, back);
                        return dialect.renderer().render(p.concurrentDrops()
                                ? OnlinePlanner.concurrentDrops(revert, reached, dialect.onlineForms()) : revert);
                    }));
        }
        return steps;
    }

    private record Part(String name, ChangeSet changes, String why, boolean concurrentDrops) {}

    private static final String MAIN = "-- It runs in one transaction. Foreign keys and checks it adds to existing tables are NOT VALID:"
            + " existing rows are\n-- checked by a later part, so no table stays locked while its rows are read.\n";
    private static final String INDEXES = "-- Indexes on existing tables, built CONCURRENTLY: writes go on during each build. CREATE"
            + " INDEX CONCURRENTLY\n-- cannot run in a transaction, so cairn migrate runs this file statement by statement"
            + " (and cleans up\n-- a build that was interrupted before it runs it again).\n";
    private static final String VALIDATE = "-- Validation, in a transaction of its own after the NOT VALID constraints were committed:"
            + " VALIDATE\n-- CONSTRAINT reads the rows while writes go on; SET NOT NULL skips its scan thanks to the validated"
            + " check;\n-- ADD CONSTRAINT ... USING INDEX makes an index built concurrently the constraint.\n";
}
