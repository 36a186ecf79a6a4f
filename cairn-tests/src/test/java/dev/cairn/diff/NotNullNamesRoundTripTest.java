package dev.cairn.diff;

import dev.cairn.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

@DatabaseTest
class NotNullNamesRoundTripTest {
    @Test void renameAndReaddNoRename() {
        RoundTrip.check("CREATE TABLE t (id text NOT NULL);",
                "CREATE TABLE t (id text NOT NULL); ALTER TABLE t RENAME id TO x; ALTER TABLE t ADD COLUMN id int NOT NULL;");
    }
    @Test void renameAndReaddWithRename() {
        RoundTrip.check("CREATE TABLE t (id text NOT NULL);",
                "CREATE TABLE t (id text NOT NULL); ALTER TABLE t RENAME id TO x; ALTER TABLE t ADD COLUMN id int NOT NULL;",
                DiffOptions.defaults().withRename("public.t.id=x"));
    }
    @Test void renameAndReaddPlainSchemaWithRename() {
        RoundTrip.check("CREATE TABLE t (id text NOT NULL);",
                "CREATE TABLE t (x text NOT NULL, id int NOT NULL);",
                DiffOptions.defaults().withRename("public.t.id=x"));
    }
}
