package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers of several majors: scratch databases, the local database, and a fetched major that really runs. */
@DatabaseTest
class MajorsTest {
    @TempDir
    Path tmp;
    private final List<LocalDatabase> locals = new ArrayList<>();

    @AfterEach
    void stopLocals() {
        locals.forEach(LocalDatabase::stop);
    }

    private static int serverMajor(ScratchDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10_000;
        }
    }

    @Test
    void scratchDatabasesRunTheMajorAskedFor() throws SQLException {
        EmbeddedDevServers servers = new EmbeddedDevServers();
        for (int major : List.of(13, 15, 18)) {
            try (ScratchDatabase db = servers.createScratchDatabase(major)) {
                assertThat(serverMajor(db)).as("major %d", major).isEqualTo(major);
            }
        }
    }

    @Test
    void twoMajorsScratchServersRunAtOnce() throws SQLException {
        EmbeddedDevServers servers = new EmbeddedDevServers();
        try (ScratchDatabase on13 = servers.createScratchDatabase(13);
                ScratchDatabase on15 = servers.createScratchDatabase(15)) {
            assertThat(EmbeddedDevServers.sharedScratchServer(13).port())
                    .isNotEqualTo(EmbeddedDevServers.sharedScratchServer(15).port());
            try (Connection a = on13.connect(); Connection b = on15.connect()) {
                assertThat(a.getMetaData().getDatabaseMajorVersion()).isEqualTo(13);
                assertThat(b.getMetaData().getDatabaseMajorVersion()).isEqualTo(15);
            }
            assertThat(EmbeddedDevServers.sharedScratchServer(15)).isSameAs(EmbeddedDevServers.sharedScratchServer(15));
        }
    }

    @Test
    void unsupportedMajorIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new EmbeddedDevServers().createScratchDatabase(19))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
        assertThatThrownBy(() -> LocalDatabase.at(tmp, 12)).isInstanceOf(CairnException.class);
    }

    @Test
    void aDownloadedMajorIsExtractedAndRuns() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path jar = BinariesFetcherTest.inM2(BinariesFetcherTest.V15);
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, Files.size(jar));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(jar, out);
            }
        });
        http.start();
        try {
            List<String> progress = new ArrayList<>();
            BinariesFetcher.Sources sources = new BinariesFetcher.Sources(tmp.resolve("cache"),
                    "http://127.0.0.1:" + http.getAddress().getPort(), tmp.resolve("empty-m2"));
            PostgresBinaries binaries = PostgresBinaries.locate(15, sources, progress::add);
            assertThat(binaries.home()).isEqualTo(tmp.resolve("cache/postgres-15.14.0"));
            assertThat(progress).hasSize(2);
            Process p = new ProcessBuilder(binaries.tool("postgres").toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("(PostgreSQL) 15.14");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void localDatabaseOfAnotherMajorIsRefusedUntilReset() throws SQLException {
        Path project = tmp.resolve("project");
        LocalDatabase on15 = LocalDatabase.at(project, 15);
        locals.add(on15);
        try (LocalDatabase.Session session = on15.open(); Connection c = session.connect()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(15);
        }
        LocalDatabase on16 = LocalDatabase.at(project, 16);
        locals.add(on16);
        assertThatThrownBy(on16::open)
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("The local database in " + project.toAbsolutePath().resolve(".cairn/local")
                        + " was created with PostgreSQL 15, but cairn.yaml asks for 16 (postgres.version)")
                .hasMessageContaining("'cairn local reset'")
                .hasMessageContaining("set postgres.version back to 15");
        assertThat(on16.status().clusterMajor()).hasValue(15);
        assertThat(on16.status().major()).isEqualTo(16);

        on16.reset();
        try (LocalDatabase.Session session = on16.open(); Connection c = session.connect()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(16);
        }
        assertThat(on16.status().clusterMajor()).hasValue(16);
    }
}
