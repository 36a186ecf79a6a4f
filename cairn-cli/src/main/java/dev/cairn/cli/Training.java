package dev.cairn.cli;

import dev.cairn.config.ProjectScaffold;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run that touches what ordinary commands load (picocli, the YAML config, the migration directory,
 * the splitter, JSON output, the JDBC driver) without a database. The launcher records the classes it
 * loads into a class-data-sharing archive, which makes every later start faster.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cairn-training");
        try {
            ProjectScaffold.init(dir);
            Files.writeString(dir.resolve("migrations/V1__train.sql"),
                    "CREATE TABLE t (id bigint PRIMARY KEY, s text DEFAULT 'x;y');\nCREATE INDEX CONCURRENTLY t_s ON t (s);\n");
            PrintStream sink = new PrintStream(new ByteArrayOutputStream());
            Cli.run(new String[] {"--dir", dir.toString(), "sum", "--json"}, sink, sink, Map.of());
            Cli.run(new String[] {"--dir", dir.toString(), "--help"}, sink, sink, Map.of());
            // Loads the driver and its connection classes; nothing listens on port 1.
            Cli.run(new String[] {"--dir", dir.toString(), "--url", "jdbc:postgresql://127.0.0.1:1/none", "status"}, sink, sink, Map.of());
            DriverManager.getDrivers();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
