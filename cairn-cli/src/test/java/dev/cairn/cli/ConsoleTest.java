package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the console lays out text on a terminal. */
class ConsoleTest {
    @Test
    void colouredCellsArePaddedByTheirVisibleWidth() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console c = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        c.configure(false, true, true);
        List<List<String>> rows = Console.rows(List.of("VERSION", "STATE", "APPLIED AT"));
        rows.add(List.of("1", c.green("applied"), "2026-12-01"));
        rows.add(List.of("2", c.yellow("pending"), ""));
        rows.add(List.of("3", "x", "2026-12-02"));
        c.table(rows);
        List<String> lines = out.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "").lines().toList();
        assertThat(lines.get(0)).as("the header sets the width").isEqualTo("VERSION  STATE    APPLIED AT");
        assertThat(lines.get(1)).isEqualTo("1        applied  2026-12-01");
        assertThat(lines.get(3)).isEqualTo("3        x        2026-12-02");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("colour is on").contains("\u001b[32mapplied");
    }
}
