package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void parsesKindsVersionsAndDescriptionsInOrder() throws IOException {
        write("V10__ten.sql", "SELECT 10;");
        write("V2__add_orders.sql", "SELECT 2;");
        write("V1_1__one_point_one.sql", "SELECT 11;");
        write("U2__add_orders.sql", "SELECT -2;");
        write("R__views.sql", "SELECT 'r';");
        write("README.md", "not a migration");
        write(".snapshots/V1.sql", "skipped: hidden folder");
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(d.problems()).isEmpty();
        assertThat(d.scripts()).extracting(MigrationScript::name)
                .containsExactly("V1_1__one_point_one.sql", "V2__add_orders.sql", "V10__ten.sql", "U2__add_orders.sql", "R__views.sql");
        MigrationScript v2 = d.versioned().get(1);
        assertThat(v2.description()).isEqualTo("add orders");
        assertThat(v2.kind()).isEqualTo(MigrationKind.VERSIONED);
        assertThat(v2.statements()).hasSize(1);
        assertThat(d.revertOf(Version.parse("2"))).map(MigrationScript::name).contains("U2__add_orders.sql");
        assertThat(d.repeatables()).extracting(MigrationScript::description).containsExactly("views");
    }

    @Test
    void reportsEveryNamingProblemByFile() throws IOException {
        write("V1__a.sql", "SELECT 1;");
        write("V1_0__b.sql", "SELECT 1;");
        write("V2-bad.sql", "SELECT 2;");
        write("V3__empty.sql", "  -- only a comment\n/* and another */\n");
        write("U9__orphan.sql", "SELECT 9;");
        write("V4__copy.sql", "COPY t FROM stdin;\n1\n\\.\n");
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(d.problems()).extracting(Problem::code, Problem::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("duplicate-version", "V1__a.sql"),
                org.assertj.core.groups.Tuple.tuple("bad-name", "V2-bad.sql"),
                org.assertj.core.groups.Tuple.tuple("empty", "V3__empty.sql"),
                org.assertj.core.groups.Tuple.tuple("orphan-revert", "U9__orphan.sql"),
                org.assertj.core.groups.Tuple.tuple("malformed", "V4__copy.sql"));
        assertThat(d.problems()).filteredOn(p -> p.code().equals("duplicate-version")).first()
                .extracting(Problem::message).asString().contains("V1_0__b.sql", "V1__a.sql", "version");
        assertThat(d.problems()).filteredOn(p -> p.code().equals("malformed")).first()
                .extracting(Problem::message).asString().contains("V4__copy.sql:1");
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        assertThat(Checksums.ofContent("SELECT 1;\r\nSELECT 2;\r\n")).isEqualTo(Checksums.ofContent("SELECT 1;\nSELECT 2;\n"));
        assertThat(Checksums.ofContent("\uFEFFSELECT 1;")).isEqualTo(Checksums.ofContent("SELECT 1;"));
        assertThat(Checksums.ofContent("SELECT 1;")).isNotEqualTo(Checksums.ofContent("SELECT 2;"));
    }

    @Test
    void misnamedFilesGetTheIntendedName() throws IOException {
        write("V4_init.sql", "SELECT 4;");
        write("v5__x.sql", "SELECT 5;");
        write("6-add orders.sql", "SELECT 6;");
        write("r__views.sql", "SELECT 'r';");
        write("notes.sql", "SELECT 0;");
        java.util.Map<String, String> bySubject = new java.util.HashMap<>();
        MigrationDirectory.scan(dir).problems().forEach(p -> bySubject.put(p.subject(), p.message()));
        assertThat(bySubject).hasSize(5);
        assertThat(bySubject.get("V4_init.sql")).contains("did you mean V4__init.sql?");
        assertThat(bySubject.get("v5__x.sql")).contains("did you mean V5__x.sql?");
        assertThat(bySubject.get("6-add orders.sql")).contains("did you mean V6__add_orders.sql?");
        assertThat(bySubject.get("r__views.sql")).contains("did you mean R__views.sql?");
        assertThat(bySubject.get("notes.sql")).contains("V<version>__<description>.sql").doesNotContain("did you mean");
        assertThat(MigrationDirectory.intendedName("rollback.sql")).isNull();
        assertThat(MigrationDirectory.intendedName("V1__ok.SQL")).isEqualTo("V1__ok.sql");
    }

    @Test
    void aByteOrderMarkIsDroppedAndANulByteIsRefusedNamingItsLine() throws IOException {
        Files.write(dir.resolve("V1__bom.sql"), "\uFEFFCREATE TABLE a (id int);\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("V2__nul.sql"), "SELECT 1;\nSELECT 2;\nSELECT '\0';\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("V3__latin1.sql"), "SELECT 1;\n-- caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(d.versioned()).singleElement().satisfies(s -> {
            assertThat(s.content()).startsWith("CREATE TABLE");
            assertThat(s.statements().get(0).sql()).startsWith("CREATE TABLE");
        });
        assertThat(d.problems()).extracting(Problem::code, Problem::message).satisfiesExactlyInAnyOrder(
                t -> assertThat(t.toList()).first().isEqualTo("nul-byte"),
                t -> assertThat(t.toList()).first().isEqualTo("not-utf8"));
        assertThat(d.problems()).filteredOn(p -> p.code().equals("nul-byte")).singleElement().extracting(Problem::message)
                .asString().contains("V2__nul.sql:3", "NUL byte");
        assertThat(d.problems()).filteredOn(p -> p.code().equals("not-utf8")).singleElement().extracting(Problem::message)
                .asString().contains("V3__latin1.sql:2");
    }

    @Test
    void symbolicLinksAreFollowedToFilesAndFoldersAndADanglingLinkIsAProblem() throws IOException {
        Path outside = Files.createTempDirectory("cairn-outside");
        try {
            Files.writeString(outside.resolve("shared.sql"), "SELECT 'shared';");
            Files.createDirectories(outside.resolve("more"));
            Files.writeString(outside.resolve("more/V3__linked_folder.sql"), "SELECT 3;");
            Path migrations = dir.resolve("migrations");
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("V1__a.sql"), "SELECT 1;");
            Files.createSymbolicLink(migrations.resolve("V2__linked.sql"), outside.resolve("shared.sql"));
            Files.createSymbolicLink(migrations.resolve("more"), outside.resolve("more"));
            Files.createSymbolicLink(migrations.resolve("V4__gone.sql"), outside.resolve("nowhere.sql"));
            MigrationDirectory d = MigrationDirectory.scan(migrations);
            assertThat(d.scripts()).extracting(MigrationScript::name)
                    .containsExactly("V1__a.sql", "V2__linked.sql", "more/V3__linked_folder.sql");
            assertThat(d.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("dangling-link");
                assertThat(p.message()).contains("V4__gone.sql", "nowhere.sql", "does not exist");
            });
            assertThat(d.notices()).hasSize(2).allMatch(n -> n.contains("outside the migrations directory"));
        } finally {
            try (var walk = Files.walk(outside)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void transactionControlIsFoundAtTopLevelOnly() throws IOException {
        write("V1__c.sql", "CREATE TABLE c (z int);\nCOMMIT;\nBEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\n");
        write("V2__ok.sql", "DO $$ BEGIN COMMIT; END $$;\nSELECT 'ROLLBACK';\n/* BEGIN; */\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\nPREPARE q AS SELECT 1;\n");
        write("V3__nt.sql", "-- cairn:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT PREPARED 'x';\n");
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(d.scripts()).hasSize(3);
        assertThat(d.problems()).extracting(Problem::subject).containsExactly("V1__c.sql", "V3__nt.sql");
        assertThat(d.problems().get(0).message()).contains("V1__c.sql:2: COMMIT (line 2), BEGIN (line 3), SAVEPOINT (line 4),"
                + " ROLLBACK TO SAVEPOINT (line 5)", "one transaction", "Remove them");
        assertThat(d.problems().get(1).message()).contains("V3__nt.sql:3: COMMIT PREPARED", "cairn:no-transaction");
    }

    @Test
    void aLinkLoopAndAnUnreadableFileAreSentencesNotExceptionNames() throws IOException {
        write("V1__a.sql", "SELECT 1;");
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        // Reading /proc/self/mem from its start fails with an I/O error even for root, who can read anything else.
        Files.createSymbolicLink(dir.resolve("V2__unreadable.sql"), Path.of("/proc/self/mem"));
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(d.scripts()).extracting(MigrationScript::name).containsExactly("V1__a.sql");
        assertThat(d.problems()).extracting(Problem::code).containsExactlyInAnyOrder("link-loop", "unreadable");
        assertThat(d.problems()).extracting(Problem::message).allSatisfy(m -> assertThat(m).doesNotContain("Exception"))
                .anySatisfy(m -> assertThat(m).contains("loop", "Remove the link"))
                .anySatisfy(m -> assertThat(m).contains("V2__unreadable.sql cannot be read", "Make it readable"));
    }

    @Test
    void theStagedDirectoryReportsTransactionControlToo() {
        MigrationDirectory d = MigrationDirectory.of(dir, java.util.Map.of("V1__c.sql",
                "CREATE TABLE c (z int);\nCOMMIT;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(d.problems()).singleElement().extracting(Problem::code).isEqualTo("transaction-control");
    }
}
