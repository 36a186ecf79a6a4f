package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.CairnConfig;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.deploy.snapshot.Snapshot;
import dev.cairn.deploy.snapshot.SnapshotProvider;
import dev.cairn.deploy.snapshot.SnapshotProviders;
import dev.cairn.events.RunEvents;
import dev.cairn.project.Project;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Take, list, restore and delete snapshots of an environment's database with the provider its"
                + " snapshot: section in cairn.yaml names (template, pg_dump, neon or command).",
                "restore and delete ask for the environment's name first (--yes in scripts)."},
        subcommands = {SnapshotCommand.Create.class, SnapshotCommand.ListSnapshots.class, SnapshotCommand.Restore.class,
                SnapshotCommand.Delete.class})
final class SnapshotCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: create, list, restore or delete");
    }

    /** The {@code --json} documents. */
    record Listed(boolean ok, String environment, String provider, List<Snapshot> snapshots) {}

    record Created(boolean ok, String environment, Snapshot snapshot) {}

    record Restored(boolean ok, String environment, String provider, String restored) {}

    record Deleted(boolean ok, String environment, String provider, String deleted) {}

    abstract static class SnapshotBase extends BaseCommand {
        private Project.Target target;

        String env() {
            return root().environment();
        }

        /** The environment's provider; exit 2 when it has no {@code snapshot:} section. */
        SnapshotProvider provider() {
            Project project = project();
            SnapshotSettings settings = project.config().deploy(env()).snapshot();
            if (settings == null) {
                throw new CairnException(ExitCode.USAGE, "Environment '" + env() + "' has no snapshot: section in "
                        + project.dir().resolve(CairnConfig.FILE_NAME) + ", so Cairn does not know where its snapshots"
                        + " go. Add one under environments." + env() + ", e.g. snapshot: { provider: template } (a copy"
                        + " on the same server) or snapshot: { provider: pg_dump } (dump files in .cairn/snapshots/"
                        + env() + "); neon and command are the others (see docs/snapshots.md).");
            }
            target = project.connect(env(), root().url);
            closeAtEnd(target);
            return SnapshotProviders.open(target, settings, new RunEvents(eventSink(), env()));
        }

        String where() {
            return where(env(), target.db().describe());
        }

        /** Asks for the environment's name before a change that loses data ({@link CliApproval}); --yes allows it. */
        void confirm(boolean yes, String command, String consequence) {
            new CliApproval(yes, "--yes", null, project().dir(), console()).approve(env(), "cairn snapshot " + command
                    + " " + consequence + ", and needs confirmation");
        }
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Take a snapshot of the database now.")
    static final class Create extends SnapshotBase {
        @Option(names = "--label", paramLabel = "TEXT", description = "A note kept with the snapshot where the provider can.")
        String label;

        @Override
        int execute() {
            SnapshotProvider p = provider();
            Snapshot s = p.create(label);
            if (console().json()) {
                console().document(new Created(true, env(), s));
            } else {
                console().line("Snapshot " + s.id() + " of " + where() + " taken (" + p.provider()
                        + (s.location() == null || s.location().equals(s.id()) ? "" : ", " + s.location()) + ").");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The snapshots Cairn made of the environment, newest first.")
    static final class ListSnapshots extends SnapshotBase {
        @Override
        int execute() {
            SnapshotProvider p = provider();
            List<Snapshot> all = p.list();
            if (console().json()) {
                console().document(new Listed(true, env(), p.provider(), all));
            } else if (all.isEmpty()) {
                console().line("No snapshots of " + env() + " yet (provider " + p.provider() + "): cairn snapshot create"
                        + " takes one.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("ID", "CREATED", "LOCATION"));
                for (Snapshot s : all) {
                    rows.add(List.of(s.id(), WHEN.format(s.createdAt()), s.location() == null ? "" : s.location()));
                }
                console().table(rows);
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the environment's database with a snapshot (the snapshot stays).",
                    "Asks for the environment's name first; --yes in scripts."})
    static final class Restore extends SnapshotBase {
        @Parameters(paramLabel = "ID", description = "The snapshot, as cairn snapshot list shows it.")
        String id;

        @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int execute() {
            SnapshotProvider p = provider();
            Snapshot s = SnapshotProviders.find(p, id, env()); // an unknown id fails before anything is asked
            confirm(yes, "restore", "would replace the database of " + where() + " with snapshot " + id + " taken "
                    + WHEN.format(s.createdAt()) + ": everything written since then is lost");
            p.restore(id);
            if (console().json()) {
                console().document(new Restored(true, env(), p.provider(), id));
            } else {
                console().line("Restored " + where() + " from snapshot " + id + " (the snapshot is kept).");
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete a snapshot.", "Asks for the environment's name first; --yes in scripts."})
    static final class Delete extends SnapshotBase {
        @Parameters(paramLabel = "ID", description = "The snapshot, as cairn snapshot list shows it.")
        String id;

        @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int execute() {
            SnapshotProvider p = provider();
            Snapshot s = SnapshotProviders.find(p, id, env()); // an unknown id fails before anything is asked
            confirm(yes, "delete", "would delete snapshot " + id + " of " + env() + " taken "
                    + WHEN.format(s.createdAt()) + " for good");
            p.delete(id);
            if (console().json()) {
                console().document(new Deleted(true, env(), p.provider(), id));
            } else {
                console().line("Deleted snapshot " + id + " of " + env() + ".");
            }
            return 0;
        }
    }
}
