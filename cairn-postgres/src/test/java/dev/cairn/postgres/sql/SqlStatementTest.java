package dev.cairn.postgres.sql;

import dev.cairn.sql.SqlStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.sql.SqlStatement.Position;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlStatementTest {

    // Starts at line 3, column 5 of its script.
    private static final String SCRIPT = "SELECT 0;\n\n    SELECT 1,\n  foo(\n    bar)";

    private static SqlStatement statement() {
        return ScriptSplitter.split(SCRIPT, "V1__x.sql").get(1);
    }

    static Stream<Arguments> serverPositions() {
        return Stream.of(
                arguments(1, 3, 5), // S of SELECT
                arguments(8, 3, 12), // the 1
                arguments(10, 3, 14), // the newline after "1," still belongs to line 3
                arguments(11, 4, 1),
                arguments(13, 4, 3), // foo
                arguments(22, 5, 5), // bar
                arguments(0, 3, 5), // before the start: the start
                arguments(-7, 3, 5),
                arguments(1000, 5, 9)); // past the end: just after the last character
    }

    @ParameterizedTest(name = "server position {0} -> {1}:{2}")
    @MethodSource("serverPositions")
    void mapsServerErrorPositionsToScriptLineAndColumn(int serverPosition, int line, int column) {
        assertThat(statement().positionOf(serverPosition)).isEqualTo(new Position(line, column));
    }

    @Test
    void serverPositionsCountCodePointsNotChars() {
        // PostgreSQL counts the emoji as one character; Java strings hold it as two chars.
        SqlStatement s = ScriptSplitter.split("SELECT '\uD83D\uDE00\n', x FROM t", "f.sql").get(0);
        assertThat(s.positionOf(9)).isEqualTo(new Position(1, 9));
        assertThat(s.positionOf(14)).isEqualTo(new Position(2, 4)); // the x
    }

    @Test
    void positionOfWorksAcrossCrLfLines() {
        SqlStatement s = ScriptSplitter.split("  SELECT\r\n  x\r\n  FROM t", "f.sql").get(0);
        // S-E-L-E-C-T-\r-\n-space-space-x: x is the 11th character
        assertThat(s.positionOf(11)).isEqualTo(new Position(2, 3));
        assertThat(s.positionOf(14)).isEqualTo(new Position(3, 1));
    }

    @Test
    void firstLineIsTheTrimmedFirstLineOfTheStatement() {
        assertThat(statement().firstLine()).isEqualTo("SELECT 1,");
        assertThat(new SqlStatement("VACUUM   ", 1, 1, 0).firstLine()).isEqualTo("VACUUM");
        assertThat(new SqlStatement("CREATE TABLE t (\r\n id int)", 1, 1, 0).firstLine()).isEqualTo("CREATE TABLE t (");
    }

    @Test
    void positionIsPrintableAsLineColon() {
        assertThat(statement().position()).hasToString("3:5");
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThatThrownBy(() -> new SqlStatement("x", 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlStatement("x", 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
