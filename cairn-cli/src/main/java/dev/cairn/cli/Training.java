package dev.cairn.cli;

import dev.cairn.config.ProjectScaffold;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run that does what ordinary commands do (config, migration directory, splitter, a real migrate,
 * status and history against a scratch database, text and JSON output). The launcher records the
 * classes it loads into a class-data-sharing archive, which makes every later start faster.
 */
public final class Training {
    private Training() {}

    /** Runs git if it is there; training goes on without it. */
    private static void git(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (Exception e) {
            // no git: the --staged runs fail, the others still train
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cairn-training");
        try {
            ProjectScaffold.init(dir);
            Files.writeString(dir.resolve("migrations/V1__train.sql"),
                    "CREATE TABLE t (id bigint PRIMARY KEY, s text DEFAULT 'x;y');\nCREATE INDEX CONCURRENTLY t_s ON t (s);\n");
            PrintStream sink = new PrintStream(new ByteArrayOutputStream());
            String d = dir.toString();
            Cli.run(new String[] {"--dir", d, "sum", "--json"}, sink, sink, Map.of());
            Cli.run(new String[] {"--dir", d, "--help"}, sink, sink, Map.of());
            // The offline check, as the pre-commit hook runs it: it must start in well under a second.
            Files.writeString(dir.resolve("schema/tables.sql"), "-- training\nCREATE TABLE t (id bigint PRIMARY KEY);\n");
            Files.createDirectories(dir.resolve("migrations/.snapshots"));
            Files.writeString(dir.resolve("migrations/.snapshots/V1.json"), "{\"catalog\":{\"schemas\":[]},\"format\":1,"
                    + "\"sourcesHash\":\"" + dev.cairn.generate.SchemaFingerprint.of(Map.of("tables.sql",
                            "CREATE TABLE t (id bigint PRIMARY KEY);")) + "\"}\n");
            git(dir, "init", "-q");
            git(dir, "add", "-A");
            for (String[] command : List.of(new String[] {"check"}, new String[] {"check", "--staged"},
                    new String[] {"check", "--json"}, new String[] {"check", "--staged", "--json"})) {
                String[] all = new String[command.length + 2];
                all[0] = "--dir";
                all[1] = d;
                System.arraycopy(command, 0, all, 2, command.length);
                Cli.run(all, sink, sink, Map.of());
            }
            // The commands people run most, against a real (scratch) database, so that the archive holds
            // the classes of a whole run: driver, history table, state, tables and JSON output.
            try (ScratchDatabase db = DevDatabases.createDatabase()) {
                String url = db.jdbcUrl();
                for (String[] command : List.of(new String[] {"migrate"}, new String[] {"migrate"}, new String[] {"status"},
                        new String[] {"status", "--json"}, new String[] {"history"}, new String[] {"validate"},
                        new String[] {"migrate", "--json"}, new String[] {"drift"}, new String[] {"deploy", "--plan"},
                        new String[] {"deploy", "--json"})) {
                    String[] all = new String[command.length + 4];
                    all[0] = "--dir";
                    all[1] = d;
                    all[2] = "--url";
                    all[3] = url;
                    System.arraycopy(command, 0, all, 4, command.length);
                    Cli.run(all, sink, sink, Map.of());
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
