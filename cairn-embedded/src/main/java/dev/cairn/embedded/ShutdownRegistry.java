package dev.cairn.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The servers this JVM started attached to itself: stopped by a shutdown hook unless closed before. */
final class ShutdownRegistry {
    private static final Set<EmbeddedPostgres.Server> ATTACHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownRegistry::stopAllAtExit, "cairn-postgres-stop"));
    }

    private ShutdownRegistry() {}

    static void add(EmbeddedPostgres.Server server) {
        ATTACHED.add(server);
    }

    static void remove(EmbeddedPostgres.Server server) {
        ATTACHED.remove(server);
    }

    /** The attached servers running on a data directory. */
    static List<EmbeddedPostgres.Server> on(Path dataDir) {
        return ATTACHED.stream().filter(s -> s.cluster().dataDir().equals(dataDir)).toList();
    }

    private static void stopAllAtExit() {
        List<Thread> stoppers = new ArrayList<>();
        for (EmbeddedPostgres.Server server : ATTACHED) {
            Thread t = new Thread(() -> {
                try {
                    server.close();
                } catch (RuntimeException ignored) {
                    // nothing useful to do at exit
                }
            });
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            try {
                t.join(EmbeddedPostgres.STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
