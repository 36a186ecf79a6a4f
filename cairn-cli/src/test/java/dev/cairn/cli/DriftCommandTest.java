package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn drift: lines, --json, --fix-sql and exit codes on a migrated example. */
@Tag("db")
class DriftCommandTest {
    @TempDir
    Path tmp;

    private static CliRun cairn(Path project, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    private static void sql(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void usesTheGeneratedSnapshotInsteadOfReplayingWhenItDescribesTheHistory() throws Exception {
        Path p = tmp.resolve("p");
        assertThat(cairn(p, "init").exitCode()).isZero();
        java.nio.file.Files.writeString(p.resolve("schema/app.sql"),
                "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n");
        assertThat(cairn(p, "generate", "--name", "accounts").exitCode()).isZero();
        java.nio.file.Files.writeString(p.resolve("schema/app.sql"),
                "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, name text);\n");
        assertThat(cairn(p, "generate", "--name", "names").exitCode()).isZero();
        assertThat(p.resolve("migrations/.snapshots/V2.json")).exists();
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            String url = db.jdbcUrl();
            assertThat(cairn(p, "--url", url, "migrate").exitCode()).isZero();
            CliRun clean = cairn(p, "--url", url, "drift");
            assertThat(clean.exitCode()).as(clean.all()).isZero();
            assertThat(clean.all()).contains("V2.json");

            sql(db, "ALTER TABLE accounts ADD COLUMN nickname text");
            CliRun fromSnapshot = cairn(p, "--url", url, "drift");
            assertThat(fromSnapshot.exitCode()).isEqualTo(1);
            assertThat(fromSnapshot.out()).contains("public.accounts.nickname");
            CliRun replayed = cairn(p, "--url", url, "drift", "--replay");
            assertThat(replayed.exitCode()).isEqualTo(1);
            assertThat(replayed.out()).contains("public.accounts.nickname");
            assertThat(replayed.all()).doesNotContain("V2.json");
        }
    }

    @Test
    void reportsDriftAsLinesAndJsonAndFixesIt() throws Exception {
        Path shop = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), shop);
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            String url = db.jdbcUrl();
            assertThat(cairn(shop, "--url", url, "migrate").exitCode()).isZero();
            long t0 = System.nanoTime();
            CliRun clean = cairn(shop, "--url", url, "drift");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(clean.exitCode()).as(clean.all()).isZero();
            assertThat(clean.out()).contains("No drift:", "6 applied migration(s)");
            System.out.println("cairn drift on the example (in-process, warm): " + ms + " ms");

            sql(db, "ALTER TABLE users ALTER COLUMN email TYPE varchar(200); CREATE INDEX users_email_idx ON users (email);"
                    + " ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey");
            CliRun drift = cairn(shop, "--url", url, "drift");
            assertThat(drift.exitCode()).as(drift.all()).isEqualTo(1);
            assertThat(drift.out()).contains(
                    "  column public.users.email: expected type text, actual character varying(200)\n",
                    "  index public.users_email_idx: not expected (created by hand)\n",
                    "  constraint public.orders_user_id_fkey: expected, missing\n");

            CliRun json = cairn(shop, "--url", url, "--json", "drift");
            assertThat(json.exitCode()).isEqualTo(1);
            JsonNode doc = json.json();
            assertThat(doc.get("drift").asBoolean()).isTrue();
            // the type change also rewrote the CHECK on the column: reported too
            assertThat(doc.get("differences")).hasSize(4);
            JsonNode column = doc.get("differences").get(1);
            assertThat(column.get("kind").asText()).isEqualTo("changed");
            assertThat(column.get("objectType").asText()).isEqualTo("column");
            assertThat(column.get("object").asText()).isEqualTo("public.users.email");
            assertThat(column.get("attribute").asText()).isEqualTo("type");
            assertThat(column.get("expected").asText()).isEqualTo("text");
            assertThat(column.get("actual").asText()).isEqualTo("character varying(200)");
            assertThat(doc.get("history")).isEmpty();
            assertThat(doc.get("fixSql").asText()).contains("orders_user_id_fkey");

            CliRun fix = cairn(shop, "--url", url, "drift", "--fix-sql");
            assertThat(fix.exitCode()).isEqualTo(1);
            assertThat(fix.out()).startsWith("-- Brings postgresql://127.0.0.1:").as("--url: the database, not the environment").doesNotContain("local").doesNotContain("expected, missing");
            assertThat(fix.err()).contains("constraint public.orders_user_id_fkey: expected, missing");
            sql(db, fix.out());
            CliRun after = cairn(shop, "--url", url, "drift");
            assertThat(after.exitCode()).as(after.all()).isZero();
        }
    }
}
