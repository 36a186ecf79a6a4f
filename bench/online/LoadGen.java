import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The steady load of bench/online/run.sh: THREADS connections, each sending requests at a fixed rate (RATE / THREADS
 * a second) drawn from a mix of point SELECT by id, UPDATE of balance by id and INSERT of a new row into accounts.
 * Runs until the stop file appears (or MAX_SECONDS pass), then writes one line per request to the output file:
 *
 *   intendedStartMicros serviceMicros responseMicros op outcome
 *
 * intendedStart is the request's slot on the thread's fixed schedule (epoch microseconds, the clock `date +%s%6N`
 * reads, so run.sh's phase marks compare with it); service time is from the request being sent to its answer;
 * response time is from the intended start to the answer, so requests queued behind a blocked one on the same
 * connection count their wait (no coordinated omission, as wrk2 does it). op: S select, U update, I insert.
 * outcome: ok, timeout (the client-side query timeout cancelled it, SQLSTATE 57014) or error:SQLSTATE.
 *
 * Usage: java -cp postgresql.jar:classes LoadGen URL OUT STOP_FILE
 * Environment: THREADS=8 RATE=200 MIX=60:30:10 (select:update:insert) TIMEOUT_S=5 ROWS CUSTOMERS MAX_SECONDS=1800
 */
public final class LoadGen {
    private static final long BASE_NANOS = System.nanoTime();
    private static final long BASE_EPOCH_MICROS = System.currentTimeMillis() * 1000L;

    private static long epochMicros(long nanos) {
        return BASE_EPOCH_MICROS + (nanos - BASE_NANOS) / 1000L;
    }

    private static int env(String name, int dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    /** One request's record, appended to its thread's list (no sharing, no locks on the hot path). */
    record Sample(long intendedStartMicros, long serviceMicros, long responseMicros, char op, String outcome) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadGen URL OUT STOP_FILE");
            System.exit(2);
        }
        String url = args[0];
        Path out = Path.of(args[1]);
        Path stop = Path.of(args[2]);
        int threads = env("THREADS", 8);
        int rate = env("RATE", 200);
        String[] mix = System.getenv().getOrDefault("MIX", "60:30:10").split(":");
        int pSelect = Integer.parseInt(mix[0]), pUpdate = Integer.parseInt(mix[1]), pInsert = Integer.parseInt(mix[2]);
        int timeoutS = env("TIMEOUT_S", 5);
        int customers = env("CUSTOMERS", 100_000);
        long maxSeconds = env("MAX_SECONDS", 1800);

        long rows;
        AtomicLong nextId;
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT max(id) FROM accounts")) {
            rs.next();
            rows = rs.getLong(1);
            nextId = new AtomicLong(rows + 1);   // inserts append above the loaded ids: never a key conflict
        }
        long intervalNanos = 1_000_000_000L * threads / rate;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        // A watcher flips this when run.sh creates the stop file, so the request loop never touches the file system.
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get() && !Files.exists(stop) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(100_000_000L);
            }
            running.set(false);
        }, "stop-watcher");
        watcher.setDaemon(true);

        List<List<Sample>> all = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(true);
            connections.add(c);
            List<Sample> samples = new ArrayList<>(1 << 16);
            all.add(samples);
            long offset = intervalNanos * t / threads;   // spread the threads' slots evenly over one interval
            workers.add(new Thread(() -> run(c, samples, running, intervalNanos, offset, timeoutS, rows, customers,
                    nextId, pSelect, pUpdate, pInsert), "load-" + t));
        }
        System.err.printf("LoadGen: %d threads, %d requests/s, mix select:update:insert %d:%d:%d, timeout %d s, %d rows%n",
                threads, rate, pSelect, pUpdate, pInsert, timeoutS, rows);
        watcher.start();
        workers.forEach(Thread::start);
        Files.writeString(out.resolveSibling(out.getFileName() + ".started"), "started\n");
        for (Thread w : workers) {
            w.join();
        }
        for (Connection c : connections) {
            c.close();
        }
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (List<Sample> samples : all) {
                for (Sample s : samples) {
                    w.write(s.intendedStartMicros() + " " + s.serviceMicros() + " " + s.responseMicros() + " " + s.op()
                            + " " + s.outcome() + "\n");
                    n++;
                }
            }
        }
        System.err.printf("LoadGen: %d requests written to %s%n", n, out);
    }

    private static void run(Connection c, List<Sample> samples, java.util.concurrent.atomic.AtomicBoolean running,
                            long intervalNanos, long offset, int timeoutS, long rows, int customers, AtomicLong nextId,
                            int pSelect, int pUpdate, int pInsert) {
        try (PreparedStatement select = c.prepareStatement(
                     "SELECT id, customer_id, email, balance, note FROM accounts WHERE id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE accounts SET balance = balance + 1 WHERE id = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO accounts (id, customer_id, email, balance, note) VALUES (?, ?, ?, 0, 'load')")) {
            for (PreparedStatement p : List.of(select, update, insert)) {
                p.setQueryTimeout(timeoutS);   // client side: the driver cancels the request after timeoutS
            }
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            long next = System.nanoTime() + offset;
            int total = pSelect + pUpdate + pInsert;
            while (running.get()) {
                long now = System.nanoTime();
                if (now < next) {
                    LockSupport.parkNanos(next - now);
                    continue;
                }
                long intended = next;
                next += intervalNanos;
                int pick = rnd.nextInt(total);
                char op;
                PreparedStatement p;
                if (pick < pSelect) {
                    op = 'S';
                    p = select;
                    p.setLong(1, 1 + rnd.nextLong(rows));
                } else if (pick < pSelect + pUpdate) {
                    op = 'U';
                    p = update;
                    p.setLong(1, 1 + rnd.nextLong(rows));
                } else {
                    op = 'I';
                    p = insert;
                    long id = nextId.getAndIncrement();
                    p.setLong(1, id);
                    p.setLong(2, 1 + rnd.nextInt(customers));
                    p.setString(3, "load" + id + "@example.com");
                }
                long sent = System.nanoTime();
                String outcome = "ok";
                try {
                    if (op == 'S') {
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(3);
                            }
                        }
                    } else {
                        p.executeUpdate();
                    }
                } catch (SQLException e) {
                    outcome = "57014".equals(e.getSQLState()) ? "timeout" : "error:" + e.getSQLState();
                }
                long done = System.nanoTime();
                samples.add(new Sample(epochMicros(intended), (done - sent) / 1000L, (done - intended) / 1000L, op, outcome));
            }
        } catch (SQLException e) {
            System.err.println("LoadGen: " + Thread.currentThread().getName() + " stopped: " + e.getMessage());
        }
    }
}
