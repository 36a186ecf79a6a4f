package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SumFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V2__b.sql"), "SELECT 2;");
        Files.writeString(dir.resolve("V10__c.sql"), "SELECT 10;");
    }

    @Test
    void writesOneLinePerFileInMigrationOrderPlusATotal() throws IOException {
        SumFile.write(MigrationDirectory.scan(dir));
        var lines = Files.readAllLines(dir.resolve("cairn.sum")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("total ");
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(" ")[0]).containsExactly("V1__a.sql", "V2__b.sql", "V10__c.sql");
        assertThat(SumFile.read(MigrationDirectory.scan(dir)).orElseThrow().verify(MigrationDirectory.scan(dir))).isEmpty();
        // Stable: writing again gives the same bytes.
        String first = Files.readString(dir.resolve("cairn.sum"));
        SumFile.write(MigrationDirectory.scan(dir));
        assertThat(Files.readString(dir.resolve("cairn.sum"))).isEqualTo(first);
    }

    @Test
    void namesEachFileEditedAddedOrRemovedByHand() throws IOException {
        SumFile.write(MigrationDirectory.scan(dir));
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1; -- edited");
        Files.delete(dir.resolve("V2__b.sql"));
        Files.writeString(dir.resolve("V11__new.sql"), "SELECT 11;");
        MigrationDirectory d = MigrationDirectory.scan(dir);
        var problems = SumFile.read(d).orElseThrow().verify(d);
        assertThat(problems).extracting(Problem::code, Problem::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("sum-edited", "V1__a.sql"),
                org.assertj.core.groups.Tuple.tuple("sum-removed", "V2__b.sql"),
                org.assertj.core.groups.Tuple.tuple("sum-added", "V11__new.sql"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("cairn sum"));
    }

    @Test
    void detectsAnEditedSumFileAndRejectsGarbage() throws IOException {
        SumFile.write(MigrationDirectory.scan(dir));
        Path sum = dir.resolve("cairn.sum");
        Files.writeString(sum, Files.readString(sum).replaceFirst("total [0-9a-f]{64}", "total " + "0".repeat(64)));
        MigrationDirectory d = MigrationDirectory.scan(dir);
        assertThat(SumFile.read(d).orElseThrow().verify(d)).extracting(Problem::code).containsExactly("sum-corrupt");
        Files.writeString(sum, "V1__a.sql nothex\n");
        assertThatThrownBy(() -> SumFile.read(d)).isInstanceOf(CairnException.class).hasMessageContaining("cairn.sum:1");
    }

    @Test
    void theSumFileGetsThePermissionsOfAnyFileTheUserCreatesNotOwnerOnly() throws IOException {
        SumFile.write(MigrationDirectory.scan(dir));
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        assertThat(Files.getPosixFilePermissions(dir.resolve("cairn.sum")))
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUndecodableOrUnreadableSumFileIsASentenceNotAnExceptionName() throws IOException {
        Files.write(dir.resolve("cairn.sum"), "# header\ntotal abc\n\u00ff\u00fe bad\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SumFile.read(MigrationDirectory.scan(dir)))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("cairn.sum:3 is not UTF-8 text")
                .hasMessageContaining("cairn sum")
                .hasMessageNotContaining("Exception");
        Files.delete(dir.resolve("cairn.sum"));
        Files.createDirectory(dir.resolve("cairn.sum"));
        assertThatThrownBy(() -> SumFile.read(MigrationDirectory.scan(dir)))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("Cannot read")
                .hasMessageNotContaining("Exception");
    }
}
