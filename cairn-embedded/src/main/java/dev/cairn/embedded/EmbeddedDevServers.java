package dev.cairn.embedded;

import dev.cairn.db.DevServers;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Path;

/** The embedded PostgreSQL as Cairn's {@link DevServers} (registered in META-INF/services). */
public final class EmbeddedDevServers implements DevServers {
    private static ScratchServer shared; // guarded by EmbeddedDevServers.class

    /** The JVM's scratch server, started on first use. */
    public static synchronized ScratchServer sharedScratchServer() {
        if (shared == null) {
            shared = ScratchServer.start();
        }
        return shared;
    }

    @Override
    public ScratchDatabase createScratchDatabase() {
        return sharedScratchServer().createDatabase();
    }

    @Override
    public void dropScratchDatabase(ScratchDatabase database) {
        ScratchServer.dropOnOwner(database);
    }

    @Override
    public LocalSession openLocal(Path projectDir) {
        return LocalDatabase.at(projectDir).open();
    }
}
