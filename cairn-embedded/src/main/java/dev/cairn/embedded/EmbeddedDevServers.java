package dev.cairn.embedded;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.List;
import java.util.function.Consumer;

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
    public int defaultMajor() {
        return PostgresBinaries.bundledMajor();
    }

    @Override
    public List<Integer> supportedMajors() {
        return List.of(defaultMajor());
    }

    @Override
    public void install(int major, Consumer<String> progress) {
        requireBundled(major);
    }

    @Override
    public ScratchDatabase createScratchDatabase(int major) {
        requireBundled(major);
        return sharedScratchServer().createDatabase();
    }

    private void requireBundled(int major) {
        if (major != defaultMajor()) {
            throw new CairnException(ExitCode.USAGE, "PostgreSQL " + major + " is not available to this build, which"
                    + " runs only the bundled PostgreSQL " + defaultMajor() + ".");
        }
    }

    @Override
    public void dropScratchDatabase(ScratchDatabase database) {
        ScratchServer.dropOnOwner(database);
    }

    @Override
    public LocalSession openLocal(Path projectDir, int major) {
        requireBundled(major);
        return LocalDatabase.at(projectDir).open();
    }
}
