import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.catalog.Table;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * One introspection as a whole process: Introspect JDBC_URL [--snapshot FILE] [--repeat N].
 * Compiled against cairn.jar by bench/schema/run.sh and run with bin/cairn's JVM flags. Prints one line
 * "tables=… columns=… indexes=… constraints=… views=… routines=… objects=…" on stdout (the script checks
 * it) and the time of each step on stderr. --snapshot writes the catalog as a Cairn JSON snapshot (the
 * JMH benchmark's input); --repeat N introspects N times on one connection to show warmed-up times
 * (diagnostic only, never timed by the script).
 */
public final class Introspect {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String url = args[0];
        Path snapshot = null;
        int repeat = 1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--snapshot" -> snapshot = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        try (Connection c = DriverManager.getConnection(url)) {
            long t1 = System.nanoTime();
            System.err.printf("connect %d ms (JVM start to connected, minus start-up)%n", (t1 - t0) / 1_000_000);
            Catalog catalog = null;
            for (int i = 0; i < repeat; i++) {
                long s = System.nanoTime();
                catalog = PostgresIntrospector.introspect(c, IntrospectOptions.all());
                System.err.printf("introspect #%d %d ms%n", i + 1, (System.nanoTime() - s) / 1_000_000);
            }
            int columns = 0, indexes = 0, constraints = 0;
            for (Table t : catalog.tables()) {
                columns += t.columns().size();
                indexes += t.indexes().size();
                constraints += t.constraints().size();
            }
            System.out.printf("tables=%d columns=%d indexes=%d constraints=%d views=%d routines=%d objects=%d%n",
                    catalog.tables().size(), columns, indexes, constraints, catalog.views().size(),
                    catalog.routines().size(), catalog.size());
            if (snapshot != null) {
                long s = System.nanoTime();
                Files.writeString(snapshot, SnapshotCodec.write(new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, null, catalog)),
                        StandardCharsets.UTF_8);
                System.err.printf("snapshot %d ms%n", (System.nanoTime() - s) / 1_000_000);
            }
        }
    }
}
