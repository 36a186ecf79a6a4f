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
}
