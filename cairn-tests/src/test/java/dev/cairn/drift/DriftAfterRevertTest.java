package dev.cairn.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Reverter;
import dev.cairn.migrate.Version;
import dev.cairn.project.Project;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift replays the history with its revert rows: a database reverted by cairn rollback has no drift. */
@DatabaseTest
class DriftAfterRevertTest {
    @TempDir
    Path tmp;

    @Test
    void aRevertedDatabaseShowsNoDriftAndTheRevertedObjectsAreNotExpected() throws Exception {
        Path migrations = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("cairn.yaml"), "migrations: migrations\n");
        Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id int PRIMARY KEY, email text);\n");
        Files.writeString(migrations.resolve("U1__users.sql"), "DROP TABLE users;\n");
        Files.writeString(migrations.resolve("V2__orders.sql"), "CREATE TABLE orders (id int PRIMARY KEY, user_id int"
                + " REFERENCES users);\nCREATE INDEX orders_user_idx ON orders (user_id);\n");
        Files.writeString(migrations.resolve("U2__orders.sql"), "DROP TABLE orders;\n");
        Files.writeString(migrations.resolve("V3__name.sql"), "ALTER TABLE users ADD COLUMN name text;\n");
        Files.writeString(migrations.resolve("U3__name.sql"), "ALTER TABLE users DROP COLUMN name;\n");
        Project project = DriftFixture.project(tmp);
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            DriftFixture.migrate(project, db);
            try (Project.Target t = project.connect("local", db.jdbcUrl())) {
                RevertResult r = new Reverter(t.context(new RunEvents(EventSink.NONE, "local"))).revert(Version.parse("1"), false);
                assertThat(r.failure()).isNull();
                assertThat(r.steps()).hasSize(2);
            }
            DriftReport reverted = DriftFixture.drift(project, db);
            assertThat(reverted.drifted()).as(reverted.toString()).isFalse();
            assertThat(reverted.differences()).isEmpty();

            // Had the revert not run, the same database state would be drift against a history that still says 3.
            DriftFixture.migrate(project, db);
            DriftFixture.run(db, "DROP TABLE orders; ALTER TABLE users DROP COLUMN name;");
            assertThat(DriftFixture.drift(project, db).drifted()).isTrue();
        }
    }
}
