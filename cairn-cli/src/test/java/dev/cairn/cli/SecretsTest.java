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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password given in the URL or in cairn.yaml never appears in any output, JSON, event or error. */
@Tag("db")
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

    /** Reserved URL characters between distinctive fragments: any fragment in the output is a leak. */
    private static final String RESERVED_PASSWORD = "Qk7?Hv2#Lm3/Xw4@Jr5:Tz6&Bn8=Yc9%";
    /** The issue's password, given through ${VAR} inside the URL's user-info. */
    private static final String VARIABLE_PASSWORD = "Vp9@ss:…/#?&=%Gh4";

    private static List<String> fragments(String password) {
        return List.of(password.split("[?#/@:&=%…]")).stream().filter(f -> f.length() >= 3).toList();
    }

    private static String[] withDir(Path project, Path events, String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", project.toString(), "--events", events.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void awkwardAndShortPasswordsNeverAppear() throws Exception {
        Path project = tmp.resolve("awkward");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        Path events = tmp.resolve("awkward-events.jsonl");
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            // The scratch server trusts 127.0.0.1, so every credential is accepted and a run goes as far as it can.
            String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            String hostPort = hostPortDb.substring(0, hostPortDb.indexOf('/'));
            Files.writeString(project.resolve("cairn.yaml"), """
                    migrations: migrations
                    environments:
                      ci:
                        url: postgresql://%1$s:${DB_PW}@%2$s
                        timeout: 1m
                      short:
                        url: postgresql://%1$s:ab@%2$s
                      p:
                        url: jdbc:postgresql://%2$s?user=%1$s&password=p
                    """.formatted(db.user(), hostPortDb));
            Map<String, String> env = Map.of("DB_PW", VARIABLE_PASSWORD);
            String reservedUrl = "postgresql://" + db.user() + ":" + RESERVED_PASSWORD + "@" + hostPortDb;
            List<CliRun> runs = new ArrayList<>();
            for (String[] args : List.of(
                    new String[] {"--env", "ci", "migrate"},
                    new String[] {"--env", "ci", "status", "--json"},
                    new String[] {"--env", "ci", "history", "--verbose"},
                    new String[] {"--env", "short", "status", "--verbose"},
                    new String[] {"--env", "p", "status", "--json"},
                    new String[] {"--url", reservedUrl, "status", "--json"},
                    new String[] {"--url", "jdbc:" + reservedUrl, "validate"},
                    new String[] {"--url", "postgresql://" + db.user() + ":" + RESERVED_PASSWORD + "@" + hostPort, "status"},
                    new String[] {"--url", "postgresq://" + db.user() + ":" + RESERVED_PASSWORD + "@" + hostPortDb, "status", "--verbose"},
                    new String[] {"--url", "postgresql://u:" + RESERVED_PASSWORD + "@127.0.0.1:1/x", "status", "--verbose"},
                    new String[] {"--url", "postgresql://u:" + RESERVED_PASSWORD + "@127.0.0.1:1", "migrate", "--json"},
                    new String[] {"--url", "postgresql://u:ab@127.0.0.1:1/x", "migrate", "--verbose"},
                    new String[] {"--url", "postgresql://u:p@127.0.0.1:1/x", "status", "--json", "--verbose"},
                    new String[] {"--url", reservedUrl, "drift", "--replay", "--json"},
                    new String[] {"diff", "url:" + reservedUrl, "migrations", "--json"},
                    new String[] {"diff", "url:postgresql://u:" + RESERVED_PASSWORD + "@127.0.0.1:1/x", "schema", "--verbose"})) {
                runs.add(CliRun.inProcess(env, withDir(project, events, args)));
            }
            List<Integer> codes = runs.stream().map(CliRun::exitCode).toList();
            assertThat(codes).as(String.join("\n", runs.stream().map(CliRun::all).toList()))
                    .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 3, 3, 0, 0, 3);
            String everything = String.join("\n", runs.stream().map(CliRun::all).toList()) + Files.readString(events);
            for (String password : List.of(RESERVED_PASSWORD, VARIABLE_PASSWORD)) {
                assertThat(everything).doesNotContain(password)
                        .doesNotContain(URLEncoder.encode(password, StandardCharsets.UTF_8));
                for (String fragment : fragments(password)) {
                    assertThat(everything).as("a piece of " + password).doesNotContain(fragment);
                }
            }
            assertNoShortPasswordIn(everything);
            assertThat(runs.get(0).out()).contains("Applied 6 migration(s)");
            assertThat(runs.get(8).err()).contains("'postgresq://…' is not a PostgreSQL URL").contains("did you mean postgresql://?");
            assertThat(runs.get(9).err()).contains("127.0.0.1:1/x");
        }
    }

    /** "ab" and "p" cannot be searched for; the places they could appear are checked, and no word is half-masked. */
    private static void assertNoShortPasswordIn(String text) {
        for (String pw : List.of("ab", "p")) {
            assertThat(text).doesNotContain(":" + pw + "@").doesNotContain("password=" + pw)
                    .doesNotContain("password: " + pw).doesNotContain("\"password\":\"" + pw);
        }
        assertThat(text).doesNotContainPattern("[A-Za-z0-9]\\*\\*\\*\\*|\\*\\*\\*\\*[A-Za-z0-9]");
        assertThat(text).contains("pending").contains("postgresql://127.0.0.1:1/x");
    }

    /**
     * As separate processes, so no password is registered from an earlier run and only the structural
     * redaction stands between a secret and stderr — which is also where the driver's own logging went.
     */
    @Test
    void aFreshProcessPrintsNoPasswordOnStderrEvenWhenTheUrlOrTheFileIsBroken() throws Exception {
        Path project = tmp.resolve("proc");
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("cairn.yaml"), """
                migrations: migrations
                environments:
                  ci:
                    url: postgresql://app:${DB_PW}@127.0.0.1:1/db
                """);
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("cairn.yaml"), """
                environments:
                  ci:
                    url: postgresql://app@127.0.0.1:1/db
                    password: "%s
                  x: [
                """.formatted(RESERVED_PASSWORD));
        List<CliRun.Started> started = new ArrayList<>();
        started.add(CliRun.start(tmp, "--dir", project.toString(), "--url",
                "jdbc:postgresql://app:" + RESERVED_PASSWORD + "@127.0.0.1:1", "status", "--verbose"));
        started.add(CliRun.start(tmp, "--dir", project.toString(), "--url",
                "postgresq://app:" + RESERVED_PASSWORD + "@127.0.0.1:1/db", "migrate", "--json", "--verbose"));
        started.add(CliRun.start(tmp, "--dir", broken.toString(), "--env", "ci", "status", "--verbose"));
        List<CliRun> runs = new ArrayList<>();
        for (CliRun.Started s : started) {
            runs.add(s.finish(60));
        }
        assertThat(runs.stream().map(CliRun::exitCode).toList()).as(runs.toString()).containsExactly(3, 2, 2);
        String everything = String.join("\n", runs.stream().map(CliRun::all).toList());
        for (String fragment : fragments(RESERVED_PASSWORD)) {
            assertThat(everything).as("a piece of the password").doesNotContain(fragment);
        }
        assertThat(everything).doesNotContain("WARNING").doesNotContain("JDBC URL must");
        assertThat(runs.get(2).err()).contains("cairn.yaml:6:1: YAML syntax error").contains("starts at line 4")
                .doesNotContain("Caused by");
    }
}
