import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Would sending several migrations per round trip make applying faster? Applies a directory of migrations the
 * way Cairn's runner does (each its own transaction: BEGIN, its statements, a history row timed on the server,
 * COMMIT, as one JDBC batch), but with {@code GROUP} migrations per batch: 1 is what Cairn does, more pipelines
 * several transactions in one round trip. Prints the loop's time (connection and history table excluded).
 *
 *   java -cp postgresql.jar bench/migrate/PipelineProbe.java GROUP DIR JDBC_URL
 *
 * The statements of a file are split on ";" at line ends: enough for bench/anchors/gen-tiny.sh's files only.
 */
public class PipelineProbe {
    public static void main(String[] args) throws Exception {
        int group = Integer.parseInt(args[0]);
        List<List<String>> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            for (Path p : files.sorted().toList()) {
                migrations.add(List.of(Files.readString(p).trim().split(";\\s*\n")));
            }
        }
        try (Connection c = DriverManager.getConnection(args[2])) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe_history (rank serial PRIMARY KEY, script text, execution_ms bigint, success boolean)");
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < migrations.size(); i += group) {
                try (Statement s = c.createStatement()) {
                    for (int k = i; k < Math.min(migrations.size(), i + group); k++) {
                        s.addBatch("BEGIN");
                        for (String sql : migrations.get(k)) {
                            s.addBatch(sql);
                        }
                        s.addBatch("INSERT INTO probe_history (script, execution_ms, success) VALUES ('" + k + "',"
                                + " (extract(epoch FROM clock_timestamp() - now()) * 1000)::bigint, true)");
                        s.addBatch("COMMIT");
                    }
                    s.executeBatch();
                }
            }
            System.out.printf("%d%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
