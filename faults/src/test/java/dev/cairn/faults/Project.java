package dev.cairn.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A cairn project on disk: cairn.yaml and migrations/. */
record Project(Path dir) {

    static Project create(Path dir, String yaml) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return new Project(dir);
    }

    /**
     * A project whose environment {@code faults} is {@code database} on the fault server, as the
     * password-protected app role (password through ${FAULTS_DB_PASSWORD}), with {@code extra} keys.
     */
    static Project forDatabase(Path dir, FaultServer server, String database, String extra) throws IOException {
        return create(dir, """
                migrations: migrations
                environments:
                  faults:
                    url: jdbc:postgresql://%s/%s
                    user: %s
                    password: ${FAULTS_DB_PASSWORD}
                %s""".formatted(server.hostPort(), database, FaultServer.APP_USER, extra.indent(4)));
    }

    /** The environment the scenarios give cairn: the app role's password, and nothing of the caller's. */
    static Map<String, String> env() {
        return Map.of("FAULTS_DB_PASSWORD", FaultServer.APP_PASSWORD);
    }

    Project migration(String file, String sql) throws IOException {
        Files.writeString(dir.resolve("migrations").resolve(file), sql);
        return this;
    }
}
