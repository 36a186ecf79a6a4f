package dev.cairn.migrate.usecase;

import dev.cairn.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.Cairn;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.doc.Documents;
import dev.cairn.doc.HistoryDocument;
import dev.cairn.doc.MigrateDocument;
import dev.cairn.doc.StatusDocument;
import dev.cairn.events.Event;
import dev.cairn.migrate.MigrationState;
import dev.cairn.project.TargetSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration use cases as a Java caller (a build plugin, the studio) makes them, through {@link Cairn}: no CLI. */
@DatabaseTest
class MigrationUseCasesTest {
    @TempDir
    Path tmp;
    ScratchDatabase db;
    Cairn cairn;
    TargetSelection target;

    @BeforeEach
    void setUp() throws Exception {
        Path from = Path.of("..", "examples", "shop");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        db = DevDatabases.createDatabase();
        cairn = Cairn.open(tmp, Map.of());
        target = new TargetSelection("local", db.jdbcUrl() + "&user=" + db.user());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void migrateThenReadTheStatusAndTheHistory() throws Exception {
        List<Event> events = new ArrayList<>();
        MigrationRun run = cairn.migrate(target, MigrationState.Options.DEFAULT, false, events::add);
        assertThat(run.result().failure()).isNull();
        assertThat(run.result().steps()).hasSize(6);
        assertThat(run.target().environment()).isEqualTo("local");
        assertThat(run.target().display()).as("a URL override names the database, not the environment")
                .isEqualTo(run.target().database()).doesNotContain("user=");
        assertThat(events).as("the caller's sink receives the run's events").isNotEmpty()
                .allSatisfy(e -> assertThat(e.environment()).isEqualTo("local"));
        MigrateDocument migrated = MigrateDocument.of(run.target(), run.result());
        assertThat(migrated.applied()).hasSize(6);
        assertThat(migrated.planned()).isNull();

        MigrationStatus status = cairn.status(target);
        assertThat(MigrationStatus.current(status.state())).isEqualTo("5");
        assertThat(status.state().pending()).isEmpty();
        StatusDocument doc = StatusDocument.of(status);
        assertThat(Documents.mapper().readValue(Documents.json(doc), StatusDocument.class)).isEqualTo(doc);

        HistoryListing history = cairn.history(target, 2);
        assertThat(history.rows()).hasSize(2);
        assertThat(history.rows().get(0).type()).as("newest first: the repeatable ran last").isEqualTo("repeatable");
        assertThat(HistoryDocument.of(history).history()).extracting(r -> r.script())
                .containsExactly(history.rows().get(0).script(), history.rows().get(1).script());
    }

    @Test
    void migrateRefusesUnexcusedLintErrorsUnlessTheRuleIsAllowed() throws Exception {
        assertThat(cairn.migrate(target, MigrationState.Options.DEFAULT, false, e -> { }).result().failure()).isNull();
        Files.writeString(tmp.resolve("migrations/V6__index_orders_status.sql"),
                "CREATE INDEX orders_status_idx ON orders (status);\n");
        cairn.sum();
        Cairn again = Cairn.open(tmp, Map.of());
        List<Event> events = new ArrayList<>();
        MigrationRun refused = again.migrate(target, MigrationState.Options.DEFAULT, false, events::add);
        assertThat(refused.result().exitCode()).isEqualTo(dev.cairn.ExitCode.PROBLEMS);
        assertThat(refused.result().steps()).isEmpty();
        assertThat(refused.result().failure().message()).contains("V6__index_orders_status.sql:1")
                .contains("require-concurrent-index-creation");
        assertThat(events).extracting(Event::type).contains("lint.blocked");

        MigrationRun allowed = again.migrate(target, MigrationState.Options.DEFAULT, false, e -> { },
                List.of("require-concurrent-index-creation"));
        assertThat(allowed.result().failure()).isNull();
        assertThat(allowed.result().steps()).extracting(s -> s.script()).containsExactly("V6__index_orders_status.sql");
    }
}
