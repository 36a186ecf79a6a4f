package dev.cairn.generate;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.MigrationsSource;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.catalog.EnumType;
import dev.cairn.diff.Change;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.diff.Differ;
import dev.cairn.diff.RenameCandidate;
import dev.cairn.diff.Warning;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SumFile;
import dev.cairn.plan.OnlinePlanner;
import dev.cairn.plan.OnlinePlanner.OnlinePlan;
import dev.cairn.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * {@code cairn generate}: diffs the desired schema (the schema files) against what the migrations build
 * and writes the next migration, its revert, a snapshot and the updated {@code cairn.sum}. Before
 * writing anything it proves the result on a scratch database: the migration applied to the replayed
 * migrations must give exactly the desired schema, and the revert must give back the old one. Each file is
 * applied there exactly as {@code cairn migrate} runs it (one transaction, unless a statement cannot run in one).
 *
 * <p>When the plan adds enum values and uses them, or its revert would ({@link Plan#needsCommitSplit()}), the
 * change is written as two consecutive migrations, each with its revert, around a middle catalog that has the
 * enum values: {@code V<n>__name_enum_values} adds them and {@code V<n+1>__name} does the rest (or, when it is the
 * revert that would add and use them, {@code V<n>__name} does everything but removing the values and
 * {@code V<n+1>__name_enum_values_removed} removes them, so that {@code U<n+1>} only adds them back). The result
 * then describes the last of the two.
 *
 * <p>Unless {@link Options#fast()}, changes to existing tables that have online forms (indexes, foreign keys, checks,
 * NOT NULL, unique and primary keys) are written as up to three migrations by {@link OnlineSteps}: the transactional
 * main part with NOT VALID constraints, the concurrent index builds, the validations ({@link OnlinePlanner}).
 */
public final class Generator {
    private Generator() {}

    /** Answers "is this a rename?" for a dropped-and-added pair; the CLI asks on a terminal. */
    @FunctionalInterface
    public interface RenameChooser {
        boolean isRename(RenameCandidate candidate);

        RenameChooser NEVER = c -> false;
    }

    /** {@code fast}: one migration even when changes to existing tables have online forms (see {@link OnlineSteps}). */
    public record Options(String name, List<Rename> renames, boolean allowDataLoss, RenameChooser chooser, boolean fast) {
        public Options {
            renames = List.copyOf(renames);
        }

        /** The online-safe default. */
        public Options(String name, List<Rename> renames, boolean allowDataLoss, RenameChooser chooser) {
            this(name, renames, allowDataLoss, chooser, false);
        }
    }

    /**
     * What was written; {@code plan} null means the schema already matched and nothing was written. The
     * top-level version, files and plans are the last migration's; {@code written} lists every migration
     * written, in order (two when an enum change is split, see the class comment).
     */
    public record Result(String version, Path migration, Path revert, Path snapshot, Plan plan, Plan revertPlan,
            List<Rename> renames, List<Warning> warnings, List<Written> written) {
        public Result {
            written = List.copyOf(written);
        }

        public boolean nothingToDo() {
            return plan == null;
        }
    }

    /**
     * One migration file that generate wrote, with its revert, snapshot and plan; {@code transactional} false when
     * cairn migrate runs it statement by statement (concurrent index builds).
     */
    public record Written(String version, Path migration, Path revert, Path snapshot, Plan plan, boolean transactional) {}

    /** Generates on the project's {@code postgres.version} (else the default major). */
    public static Result generate(Project project, Options options) {
        return generate(project, options, project.scratchMajor());
    }

    /**
     * @param major the PostgreSQL major to build and prove on ({@link DevDatabases#DEFAULT_MAJOR}: the default), which
     *              the snapshots record: what a server prints (and accepts) differs by major
     */
    public static Result generate(Project project, Options options, int chosenMajor) {
        MigrationDirectory dir = project.migrations();
        refuseUnsound(dir);
        int major = DevDatabases.resolve(chosenMajor);
        MigrationsSource replay = ((MigrationsSource) CatalogSources.parse("migrations", project)).onMajor(major);
        SchemaFilesSource schema = ((SchemaFilesSource) CatalogSources.parse("schema", project)).onMajor(major);
        Map<String, String> sources = RenameHints.read(schema);
        // The two scratch databases are independent: build the desired one while the migrations replay.
        CompletableFuture<Catalog> loading = CompletableFuture.supplyAsync(schema::load, LOADER);

        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            ConnectionSource scratch = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
            replay.replay(dir, scratch);
            Catalog desired = join(loading);
            Catalog current = replay.introspect(scratch);

            List<Rename> renames = renames(options, sources, replay.defaultSchema(), current, desired);
            ChangeSet changes = Differ.diff(current, desired, new DiffOptions(renames, project.config().catalog().ownership(),
                    project.config().catalog().privileges(), major));
            if (changes.isEmpty() && !changes.warnings().isEmpty()) { // a difference no statement can make
                throw new CairnException(ExitCode.USAGE, "The schema differs from the migrations in a way Cairn cannot write a "
                        + "migration for: " + String.join("; ", changes.warnings().stream().map(w -> w.object() + ": " + w.message()).toList()));
            }
            if (changes.isEmpty()) {
                return new Result(null, null, null, null, null, null, renames, List.of(), List.of());
            }
            DiffOptions forwardOptions = new DiffOptions(renames, project.config().catalog().ownership(),
                    project.config().catalog().privileges(), major);
            List<Rename> reversed = renames.stream().map(RenameHints::reverse).toList();
            DiffOptions revertOptions = new DiffOptions(reversed, project.config().catalog().ownership(),
                    project.config().catalog().privileges(), major);
            DiffOptions plain = new DiffOptions(List.of(), project.config().catalog().ownership(),
                    project.config().catalog().privileges(), major);
            Plan plan = Dialects.current().renderer().render(changes);
            ChangeSet revertChanges = Differ.diff(desired, current, revertOptions);
            Plan revertPlan = Dialects.current().renderer().render(revertChanges);
            String name = fileName(options.name());

            // A plan (or its revert) that adds enum values and uses them cannot run in one transaction: it becomes
            // two migrations around a middle catalog, so that every file runs in one transaction (see Plan).
            List<Step> steps = new ArrayList<>();
            OnlinePlan online = options.fast() || plan.needsCommitSplit() || revertPlan.needsCommitSplit() ? null
                    : OnlinePlanner.plan(changes, desired, Dialects.current().onlineForms());
            if (plan.needsCommitSplit() && revertPlan.needsCommitSplit()) {
                throw new CairnException(ExitCode.PROBLEMS, "The change both adds enum values that it uses and removes"
                        + " enum values that its revert would add and use; PostgreSQL cannot use a new enum value in the"
                        + " transaction that adds it, so this cannot be written as one migration and its revert. Nothing"
                        + " was written: change the schema in two steps (generate the added values first).");
            } else if (plan.needsCommitSplit()) {
                Catalog middle = withEnumLabelsOf(current, changes);
                steps.add(Step.of(name + "_enum_values", ENUM_NOTE, middle, Dialects.current().renderer().render(Differ.diff(current, middle, plain)),
                        Dialects.current().renderer().render(Differ.diff(middle, current, plain))));
                steps.add(Step.of(name, ENUM_NOTE, desired, Dialects.current().renderer().render(Differ.diff(middle, desired, forwardOptions)),
                        Dialects.current().renderer().render(Differ.diff(desired, middle, revertOptions))));
            } else if (revertPlan.needsCommitSplit()) {
                Catalog middle = withEnumLabelsOf(desired, revertChanges);
                steps.add(Step.of(name, ENUM_NOTE, middle, Dialects.current().renderer().render(Differ.diff(current, middle, forwardOptions)),
                        Dialects.current().renderer().render(Differ.diff(middle, current, revertOptions))));
                steps.add(Step.of(name + "_enum_values_removed", ENUM_NOTE, desired, Dialects.current().renderer().render(Differ.diff(middle, desired, plain)),
                        Dialects.current().renderer().render(Differ.diff(desired, middle, plain))));
            } else if (online != null && online.split()) {
                // changes to existing tables in their online forms: up to three migrations (see OnlineSteps)
                steps.addAll(OnlineSteps.of(name, online, desired, Dialects.current(), revertOptions, plain));
            } else {
                steps.add(Step.of(name, "", desired, plan, revertPlan));
            }
            for (Step step : steps) {
                if (step.plan().needsCommitSplit()) {
                    throw new IllegalStateException("a split migration still needs a commit inside: " + step.plan().toSql());
                }
            }
            if (plan.hasDataLoss() && !options.allowDataLoss()) {
                throw new CairnException(ExitCode.PROBLEMS, "The change loses data, so no migration was written: "
                        + String.join(", ", plan.dataLossObjects()) + ". If that is intended, run cairn generate again"
                        + " with --allow-data-loss; if something was renamed, say so with --rename old=new or a"
                        + " '-- cairn:renamed-from <old>' comment in the schema file, and its data is kept.");
            }

            // the proof: every file as cairn migrate runs it, forward then every revert back
            List<StepProof.Proven> proven = StepProof.run(scratch, replay, current, steps);

            String version = null;
            Path migration = null;
            Path revert = null;
            Path snapshot = null;
            List<Written> written = new ArrayList<>();
            for (int i = 0; i < proven.size(); i++) {
                StepProof.Proven p = proven.get(i);
                Step step = p.step();
                version = nextVersion(MigrationDirectory.scan(dir.root()));
                migration = dir.root().resolve("V" + version + "__" + step.name() + ".sql");
                revert = dir.root().resolve("U" + version + "__" + step.name() + ".sql");
                snapshot = dir.root().resolve(".snapshots").resolve("V" + version + ".json");
                String sql = step.plan().toSql();
                write(migration, header("Migration", version, step.plan()) + step.note() + sql);
                write(revert, header("Revert of V" + version, version, p.revert()) + step.note() + p.revert().toSql());
                write(snapshot, SnapshotCodec.write(new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, major,
                        i == proven.size() - 1 ? SchemaFingerprint.of(sources) : null, p.reached())));
                boolean transactional = Dialects.current().statements().transactional(sql,
                        Dialects.current().statements().split(sql, migration.toString()));
                written.add(new Written(version, migration, revert, snapshot, step.plan(), transactional));
            }
            SumFile.write(MigrationDirectory.scan(dir.root()));
            StepProof.Proven last = proven.get(proven.size() - 1);
            return new Result(version, migration, revert, snapshot, proven.size() == 1 ? plan : last.step().plan(),
                    proven.size() == 1 ? revertPlan : last.revert(), renames, changes.warnings(), written);
        }
    }

    private static final String ENUM_NOTE = "-- PostgreSQL cannot use a new enum value in the transaction that adds it,"
            + " so the values are added by a migration of their own.\n";

    /**
     * {@code base} with the labels that the change set's {@code ADD VALUE} changes give their enums (the catalog
     * between the migration that adds enum values and the one that uses them).
     */
    static Catalog withEnumLabelsOf(Catalog base, ChangeSet changes) {
        Map<String, EnumType> added = new LinkedHashMap<>();
        for (Change c : changes.changes()) {
            if (c instanceof Change.AddEnumValue a) {
                added.put(a.type().schema() + "." + a.type().name(), a.type());
            }
        }
        List<EnumType> enums = base.enums().stream().map(e -> {
            EnumType a = added.get(e.schema() + "." + e.name());
            return a == null ? e : new EnumType(e.schema(), e.name(), a.labels(), e.comment(), e.owner());
        }).toList();
        return new Catalog(base.schemas(), base.extensions(), enums, base.domains(), base.composites(), base.ranges(),
                base.sequences(), base.tables(), base.views(), base.routines(), base.privileges(), base.defined());
    }

    private static final Executor LOADER = runnable -> {
        Thread t = new Thread(runnable, "cairn-schema-load");
        t.setDaemon(true);
        t.start();
    };

    /** The schema catalog, with a failure to load it reported as itself rather than wrapped. */
    private static Catalog join(CompletableFuture<Catalog> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** A directory that does not validate on its own (names, hand edits) is fixed first: generate builds on it. */
    private static void refuseUnsound(MigrationDirectory dir) {
        List<Problem> problems = new ArrayList<>(dir.problems());
        SumFile.read(dir).ifPresent(sum -> problems.addAll(sum.verify(dir)));
        if (!problems.isEmpty()) {
            throw new CairnException(ExitCode.PROBLEMS, "The migrations directory has problems, so nothing was generated: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
    }

    private static List<Rename> renames(Options options, Map<String, String> sources, String defaultSchema,
            Catalog current, Catalog desired) {
        List<Rename> all = new ArrayList<>(options.renames());
        all.addAll(RenameHints.applicable(sources, defaultSchema, current, desired));
        ChangeSet probe = Differ.diff(current, desired, new DiffOptions(all, false, false));
        for (RenameCandidate c : probe.renameCandidates()) {
            if (options.chooser().isRename(c)) {
                all.add(c.toRename());
            }
        }
        return List.copyOf(all);
    }

    /** One above the highest version's first part, zero-padded like the highest file when it is. */
    static String nextVersion(MigrationDirectory dir) {
        List<MigrationScript> versioned = dir.versioned();
        if (versioned.isEmpty()) {
            return "1";
        }
        MigrationScript last = versioned.get(versioned.size() - 1);
        String written = last.name().substring(1, last.name().indexOf("__"));
        String first = written.split("[._]")[0];
        String next = new BigInteger(first).add(BigInteger.ONE).toString();
        return first.startsWith("0") && next.length() < first.length()
                ? "0".repeat(first.length() - next.length()) + next : next;
    }

    static String fileName(String name) {
        String base = name == null || name.isBlank() ? "schema_change" : name;
        String clean = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (clean.isEmpty()) {
            throw CairnException.usage("--name '" + name + "' has no letters or digits to make a file name from.");
        }
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }

    private static String header(String what, String version, Plan plan) {
        return "-- " + what + " generated by cairn generate: " + plan.summary() + "\n"
                + "-- Review it before committing; edits after it is applied are refused (write a new migration).\n\n";
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
