package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password given in the URL or in cairn.yaml never appears in any output, JSON, event or error. */
class SecretsTest {
    private static final String URL_PASSWORD = "Url-S3cret!pw";
    private static final String CONFIG_PASSWORD = "Cfg-S3cret#pw";

    @TempDir
    Path tmp;

    @Test
    void passwordsNeverAppear() throws Exception {
        Path project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        Path events = tmp.resolve("events.jsonl");
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            Files.writeString(project.resolve("cairn.yaml"), """
                    migrations: migrations
                    environments:
                      ci:
                        url: jdbc:postgresql://%s
                        user: %s
                        password: ${CI_DB_PASSWORD}
                        timeout: 1m
                      broken:
                        url: jdbc:postgresql://127.0.0.1:1/nowhere?password=%s
                    """.formatted(hostPortDb, db.user(), URLEncoder.encode(CONFIG_PASSWORD, StandardCharsets.UTF_8)));
            Map<String, String> env = Map.of("CI_DB_PASSWORD", CONFIG_PASSWORD);
            String urlWithPassword = "postgresql://" + db.user() + ":" + URLEncoder.encode(URL_PASSWORD, StandardCharsets.UTF_8)
                    + "@" + hostPortDb;
            List<CliRun> runs = new ArrayList<>();
            for (String[] args : List.of(
                    new String[] {"--env", "ci", "migrate"},
                    new String[] {"--env", "ci", "status", "--json"},
                    new String[] {"--env", "ci", "history"},
                    new String[] {"--env", "ci", "validate", "--json"},
                    new String[] {"--env", "ci", "migrate", "--dry-run", "--json"},
                    new String[] {"--env", "ci", "--url", urlWithPassword, "status"},
                    new String[] {"--env", "ci", "--url", urlWithPassword, "history", "--json", "--verbose"},
                    new String[] {"--env", "ci", "--url", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=" + URL_PASSWORD, "status", "--verbose"},
                    new String[] {"--env", "broken", "status", "--verbose"},
                    new String[] {"--env", "broken", "migrate", "--json"})) {
                String[] all = new String[args.length + 4];
                all[0] = "--dir";
                all[1] = project.toString();
                all[2] = "--events";
                all[3] = events.toString();
                System.arraycopy(args, 0, all, 4, args.length);
                runs.add(CliRun.inProcess(env, all));
            }
            assertThat(runs.get(0).exitCode()).as(runs.get(0).all()).isZero();
            assertThat(runs.get(5).exitCode()).as("the URL's password is used, not printed").isZero();
            assertThat(runs.get(7).exitCode()).isEqualTo(3);
            assertThat(runs.get(8).exitCode()).isEqualTo(3);
            String everything = String.join("\n", runs.stream().map(CliRun::all).toList()) + Files.readString(events);
            for (String secret : List.of(URL_PASSWORD, CONFIG_PASSWORD,
                    URLEncoder.encode(URL_PASSWORD, StandardCharsets.UTF_8), URLEncoder.encode(CONFIG_PASSWORD, StandardCharsets.UTF_8))) {
                assertThat(everything).doesNotContain(secret);
            }
            assertThat(everything).contains("127.0.0.1:1/x").contains("Applied 6 migration(s)");
        }
    }
}
