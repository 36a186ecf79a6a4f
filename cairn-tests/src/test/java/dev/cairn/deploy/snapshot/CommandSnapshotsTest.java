package dev.cairn.deploy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.events.Event;
import dev.cairn.events.RunEvents;
import dev.cairn.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provider: command with real shell commands that copy a file: placeholders, the index, failures, the password. */
class CommandSnapshotsTest {
    static final String PASSWORD = "hunter2-secret-pw";

    @TempDir
    Path dir;

    private final JdbcConnectionSource db =
            new JdbcConnectionSource("jdbc:postgresql://db.example.com:6543/ap'p%20x?sslmode=require", "alice", PASSWORD);

    private CommandSnapshots provider(String create, String restore, String delete) {
        return new CommandSnapshots(new SnapshotSettings.Command(create, restore, delete, 0), db, "prod", dir,
                Clock.systemUTC());
    }

    /** A project whose local environment names a server that is never contacted: commands need no connection. */
    private Project.Target target() throws Exception {
        Files.writeString(dir.resolve("cairn.yaml"), "");
        return Project.load(dir, Map.of()).connect("local", "jdbc:postgresql://db.example.com:6543/app");
    }

    private CommandSnapshots copying() {
        return provider("mkdir -p snaps && cp data.txt snaps/{id}.txt"
                        + " && printf '%s|%s|%s|%s|%s|%s' {env} {database} {host} {port} {user} \"$PGPASSWORD\" > snaps/{id}.meta",
                "cp snaps/{id}.txt data.txt", "rm snaps/{id}.txt snaps/{id}.meta");
    }

    @Test
    void createRestoreListDeleteRunTheCommandsInTheProjectFolder() throws Exception {
        Files.writeString(dir.resolve("data.txt"), "version 1");
        CommandSnapshots snapshots = copying();
        Snapshot s = snapshots.create("before V2");
        assertThat(s.id()).matches("prod-\\d{14}");
        assertThat(Files.readString(dir.resolve("snaps/" + s.id() + ".meta")))
                .isEqualTo("prod|ap'p x|db.example.com|6543|alice|" + PASSWORD);
        assertThat(Files.readString(dir.resolve(".cairn/snapshots/prod/command.json"))).contains(s.id(), "before V2")
                .doesNotContain(PASSWORD);

        Files.writeString(dir.resolve("data.txt"), "version 2");
        Snapshot second = snapshots.create(null);
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(second.id(), s.id());

        snapshots.restore(s.id());
        assertThat(Files.readString(dir.resolve("data.txt"))).isEqualTo("version 1");
        assertThat(snapshots.list()).hasSize(2);

        assertThat(snapshots.prune(1)).extracting(Snapshot::id).containsExactly(s.id());
        assertThat(dir.resolve("snaps/" + s.id() + ".txt")).doesNotExist();
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(second.id());
        assertThatThrownBy(() -> snapshots.restore(s.id())).hasMessageContaining("No snapshot '" + s.id() + "'")
                .hasMessageContaining(second.id());
    }

    @Test
    void aFailingCommandReportsItsLastOutputRedactedAndRecordsNothing() throws Exception {
        CommandSnapshots snapshots = provider("echo connecting with $PGPASSWORD; echo 'disk full' >&2; exit 3",
                "true", null);
        assertThatThrownBy(() -> snapshots.create(null)).isInstanceOfSatisfying(CairnException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE);
            assertThat(e.getMessage()).contains("snapshot.create of environment 'prod'", "exit code 3", "disk full",
                    "did not record").doesNotContain(PASSWORD);
        });
        assertThat(snapshots.list()).isEmpty();
        assertThat(dir.resolve(".cairn/snapshots/prod/command.json")).doesNotExist();
    }

    @Test
    void withoutADeleteCommandDeleteIsRefusedAndPruneKeepsEverything() throws Exception {
        CommandSnapshots snapshots = provider("true", "true", null);
        Snapshot a = snapshots.create(null);
        snapshots.create(null);
        assertThat(snapshots.prune(1)).isEmpty();
        assertThat(snapshots.list()).hasSize(2);
        // also through the provider the pipeline gets, which emits events
        List<Event> events = new ArrayList<>();
        try (Project.Target target = target()) {
            SnapshotProvider evented = SnapshotProviders.open(target,
                    new SnapshotSettings.Command("true", "true", null, 1), new RunEvents(events::add, "prod"));
            assertThat(evented.canDelete()).isFalse();
            evented.create(null);
            assertThat(evented.prune(1)).isEmpty();
            assertThat(events).extracting(Event::type).containsExactly("snapshot.created");
        }
        assertThatThrownBy(() -> snapshots.delete(a.id())).isInstanceOfSatisfying(CairnException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).contains("no snapshot.delete command");
        });
    }

    @Test
    void placeholdersAreShellQuotedSoValuesCannotRunCommands() throws Exception {
        CommandSnapshots snapshots = new CommandSnapshots(new SnapshotSettings.Command("echo {database} > out.txt",
                "true", null, 0), new JdbcConnectionSource("jdbc:postgresql://h/x%3Btouch%20pwned", "u", null), "prod",
                dir, Clock.systemUTC());
        snapshots.create(null);
        assertThat(Files.readString(dir.resolve("out.txt")).strip()).isEqualTo("x;touch pwned");
        assertThat(dir.resolve("pwned")).doesNotExist();
    }
}
