package dev.cairn.faults;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every scenario shares: its own password-protected server for the whole class, and a temporary
 * folder per test. Scenarios run one class at a time, so one static server at a time.
 */
abstract class FaultScenario {
    static FaultServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer() throws Exception {
        server = FaultServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }
}
