package dev.cairn.check;

import dev.cairn.CairnException;
import dev.cairn.catalog.source.SchemaFileOrder;
import dev.cairn.check.CheckResult.Status;
import dev.cairn.config.CairnConfig;
import dev.cairn.generate.SchemaFingerprint;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SumFile;
import dev.cairn.migrate.Version;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cairn check}: what can be judged from the files alone, with no database, in well under a second.
 * <ul>
 *   <li>{@code naming}: unparsable names, duplicate versions, reverts without their migration, empty files;</li>
 *   <li>{@code sum}: the migration files against {@code cairn.sum} (edited, added or removed by hand);</li>
 *   <li>{@code schema}: the schema sources against the hash the newest snapshot recorded at {@code generate}
 *   (comments and whitespace do not count) — a schema change without a generated migration;</li>
 *   <li>{@code lint} (when asked): the static lint rules over the migrations not committed yet.</li>
 * </ul>
 */
public final class OfflineCheck {
    private OfflineCheck() {}

    /** The checks without lint (the CI report and the deploy checklist lint the pending migrations themselves). */
    public static CheckReport run(CairnConfig config, ProjectFiles files) {
        return run(config, files, false);
    }

    /** @param lint also lint the migrations not committed yet ({@link LintCheck}): what {@code cairn check} does */
    public static CheckReport run(CairnConfig config, ProjectFiles files, boolean lint) {
        List<String> notices = new ArrayList<>();
        MigrationDirectory dir = MigrationDirectory.of(files.migrationsDir(), files.migrations());
        List<CheckResult> checks = new ArrayList<>();
        checks.add(naming(dir));
        checks.add(sum(dir, files));
        checks.add(schema(config, files, dir, notices));
        if (lint) {
            checks.add(LintCheck.run(config, files, dir));
        }
        return new CheckReport(files.origin(), checks, notices);
    }

    private static CheckResult naming(MigrationDirectory dir) {
        String title = "Migration file names";
        if (dir.problems().isEmpty()) {
            return new CheckResult("naming", title, Status.PASSED, dir.scripts().size() + " migration file(s), all"
                    + " well named, no duplicate versions, every revert has its migration.", List.of());
        }
        return new CheckResult("naming", title, Status.FAILED, dir.problems().size() + " naming problem(s).",
                dir.problems());
    }

    private static CheckResult sum(MigrationDirectory dir, ProjectFiles files) {
        String title = "Migrations match cairn.sum";
        byte[] content = files.migrations().get(MigrationDirectory.SUM_FILE);
        if (content == null) {
            if (dir.scripts().isEmpty()) {
                return new CheckResult("sum", title, Status.PASSED, "No migrations yet, and no cairn.sum.", List.of());
            }
            return new CheckResult("sum", title, Status.FAILED, "The migrations directory has no cairn.sum.",
                    List.of(new Problem("sum-missing", MigrationDirectory.SUM_FILE, "The migrations directory has no"
                            + " cairn.sum" + (files.origin().equals(ProjectFiles.GIT_INDEX) ? " staged" : "")
                            + ": run `cairn sum` to record its files" + (files.origin().equals(ProjectFiles.GIT_INDEX)
                                    ? " and stage it (git add)" : "") + ", so that hand edits are caught.")));
        }
        SumFile sum;
        try {
            sum = SumFile.parse(new String(content, StandardCharsets.UTF_8), MigrationDirectory.SUM_FILE);
        } catch (CairnException e) {
            return new CheckResult("sum", title, Status.FAILED, "cairn.sum cannot be read.",
                    List.of(new Problem("sum-corrupt", MigrationDirectory.SUM_FILE, e.getMessage())));
        }
        List<Problem> problems = sum.verify(dir);
        if (problems.isEmpty()) {
            return new CheckResult("sum", title, Status.PASSED, "All " + sum.entries().size()
                    + " file(s) match cairn.sum.", List.of());
        }
        return new CheckResult("sum", title, Status.FAILED, problems.size() + " file(s) differ from cairn.sum.", problems);
    }

    private static CheckResult schema(CairnConfig config, ProjectFiles files, MigrationDirectory dir, List<String> notices) {
        String title = "Schema sources have a generated migration";
        ProjectFiles.Snapshot snapshot = files.newestSnapshot();
        Version newestSnapshot = snapshot == null ? null : snapshot.version();
        String snapshotName = snapshot == null ? null : snapshot.name();
        if (newestSnapshot == null) {
            return new CheckResult("schema", title, Status.SKIPPED, "No snapshot yet (migrations/.snapshots/ is written by"
                    + " cairn generate), so there is nothing to compare the schema sources with.", List.of());
        }
        Version newestMigration = null;
        for (MigrationScript s : dir.scripts()) {
            if (s.kind() == MigrationKind.VERSIONED) {
                newestMigration = s.version();
            }
        }
        if (newestMigration != null && newestMigration.compareTo(newestSnapshot) > 0) {
            notices.add("V" + newestMigration + " has no snapshot (written by hand?), so whether it covers the schema"
                    + " sources cannot be judged offline: run `cairn generate` to confirm (it writes nothing if they match).");
            return new CheckResult("schema", title, Status.SKIPPED, "The newest migration, V" + newestMigration
                    + ", is newer than the newest snapshot (V" + newestSnapshot + ").", List.of());
        }
        String recorded;
        try {
            recorded = SnapshotHeader.sourcesHash(snapshot.content()).orElse(null);
        } catch (IOException e) {
            return failed(title, "snapshot-unreadable", "migrations/" + snapshotName, "migrations/" + snapshotName
                    + " is not a valid snapshot (" + e.getMessage() + "): restore it from version control.");
        }
        if (recorded == null) {
            return new CheckResult("schema", title, Status.SKIPPED, "migrations/" + snapshotName + " records no hash of"
                    + " the schema sources.", List.of());
        }
        List<String> order = SchemaFileOrder.of(config.schemaDir(), config.schemaFiles(), files.schema().keySet());
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : order) {
            try {
                sources.put(name, StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(files.schema().get(name))).toString());
            } catch (CharacterCodingException e) {
                return failed(title, "not-utf8", schemaPath(config, name), schemaPath(config, name)
                        + " is not valid UTF-8: save it as UTF-8.");
            }
        }
        String now;
        try {
            now = SchemaFingerprint.of(sources);
        } catch (CairnException e) {
            return failed(title, "schema-unreadable", "schema", e.getMessage());
        }
        if (now.equals(recorded)) {
            return new CheckResult("schema", title, Status.PASSED, sources.size() + " schema file(s) match what"
                    + " migrations/" + snapshotName + " recorded.", List.of());
        }
        return failed(title, "schema-not-generated", "schema", "Schema changed but no migration was generated: run"
                + " `cairn generate`" + (files.origin().equals(ProjectFiles.GIT_INDEX) ? " and stage what it writes (git add)"
                        : "") + ". The schema sources differ from what migrations/" + snapshotName + " recorded when V"
                + newestSnapshot + " was generated (edits to comments and whitespace alone do not count).");
    }

    private static String schemaPath(CairnConfig config, String name) {
        return config.projectDir().relativize(config.schemaDir().resolve(name)).toString().replace('\\', '/');
    }

    private static CheckResult failed(String title, String code, String subject, String message) {
        String summary = code.equals("schema-not-generated") ? "Schema sources changed without a generated migration."
                : "The schema sources cannot be compared.";
        return new CheckResult("schema", title, Status.FAILED, summary, List.of(new Problem(code, subject, message)));
    }
}
