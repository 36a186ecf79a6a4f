package dev.cairn.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command that touches configuration or a database, run with {@code --json} and with
 * {@code --verbose} (both also with {@code --events FILE}), against password-protected roles whose
 * passwords are awkward: reserved URL characters ({@code p@ss:/#?&=%}), a very short one ({@code ab}),
 * one given through {@code ${VAR}} (in the password key and inside a URL), one on the command line
 * (percent-encoded, unencoded, as a JDBC parameter, under a mistyped scheme), and one on a cairn.yaml
 * line with a YAML syntax error. No password may appear in stdout, stderr or the events file: not
 * whole, not percent-encoded, not a distinctive piece of it, and a short one not as a word nor
 * betrayed by a mask inside a word ({@code t****le}). Knobs: {@code faults.secrets.parallel} (2).
 */
class SecretScanFaults extends FaultScenario {

    /** Reserved URL characters, with distinctive ends so that a piece of it is recognisable too. */
    static final String RESERVED = "Fz9p@ss:/#?&=%Qk7w";
    static final String SHORT = "ab";
    /** Reaches cairn only through the environment variable FAULTS_SECRET. */
    static final String VIA_ENV = "Ev4r-p@ss:/#?&=%Xy8z";

    static final List<String> SECRETS = List.of(RESERVED, SHORT, VIA_ENV);

    /** Any of the stored mask's asterisks glued to a letter or digit: a redaction of part of a word. */
    private static final Pattern MASK_IN_WORD = Pattern.compile("[A-Za-z0-9]\\*{3,}|\\*{3,}[A-Za-z0-9]");

    static String dbReserved;
    static String dbShort;
    static String dbEnv;

    @BeforeAll
    static void createRolesAndDatabases() throws Exception {
        server.createRole("faults_reserved", RESERVED);
        server.createRole("faults_short", SHORT);
        server.createRole("faults_env", VIA_ENV);
        dbReserved = server.createDatabase("secrets", "faults_reserved");
        dbShort = server.createDatabase("secrets", "faults_short");
        dbEnv = server.createDatabase("secrets", "faults_env");
    }

    /** One command line to scan: where it runs, what it passes. */
    record Case(String name, Path project, List<String> args) {}

    /** One scanned run's output. */
    record Scanned(Case c, Cairn.Result result, String events) {}

    private String yaml() {
        String host = server.hostPort();
        return """
                migrations: migrations
                environments:
                  reserved:
                    url: jdbc:postgresql://%1$s/%2$s
                    user: faults_reserved
                    password: '%5$s'
                    timeout: 2m
                  short:
                    url: jdbc:postgresql://%1$s/%3$s
                    user: faults_short
                    password: %6$s
                  viaenv:
                    url: jdbc:postgresql://%1$s/%4$s
                    user: faults_env
                    password: ${FAULTS_SECRET}
                  viaurl:
                    url: postgresql://faults_env:${FAULTS_SECRET}@%1$s/%4$s
                """.formatted(host, dbReserved, dbShort, dbEnv, RESERVED, SHORT);
    }

    private Path project(String name, String yaml) throws Exception {
        Path dir = tmp.resolve(name);
        Project.create(dir, yaml)
                .migration("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n")
                .migration("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);\n");
        Files.writeString(dir.resolve("schema/tables.sql"), "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n"
                + "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, note text);\n");
        // check --staged and ci report read git.
        git(dir, "init", "-q", "-b", "main");
        git(dir, "add", "-A");
        git(dir, "-c", "user.name=faults", "-c", "user.email=faults@example.invalid", "commit", "-q", "-m", "project");
        return dir;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
        }
    }

    /** The commands that read cairn.yaml or reach the database, in an order that exercises each. */
    private static List<List<String>> commands(String env) {
        return List.of(
                List.of("sum"), List.of("check"), List.of("check", "--staged"), List.of("validate"),
                List.of("migrate", "--dry-run"), List.of("migrate"), List.of("status"), List.of("history", "--limit", "0"),
                List.of("baseline", "--version", "1"), List.of("repair", "--yes"), List.of("generate", "--name", "scan"),
                List.of("diff", "migrations", "env:" + env), List.of("drift"), List.of("drift", "--fix-sql"),
                List.of("ci", "report", "--base", "HEAD"), List.of("pull", "--force"), List.of("local", "url"));
    }

    @Test
    void noPasswordAppearsInAnyOutput() throws Exception {
        int parallel = Faults.intProperty("faults.secrets.parallel", 2);
        String host = server.hostPort();
        String encoded = URLEncoder.encode(RESERVED, StandardCharsets.UTF_8);
        List<List<Case>> groups = new ArrayList<>(); // cases within a group run in order (they share a project)
        for (String env : List.of("reserved", "short", "viaenv", "viaurl")) {
            Path project = project("env-" + env, yaml());
            groups.add(commands(env).stream().map(cmd -> new Case(env + ": " + String.join(" ", cmd), project,
                    concat(List.of("--env", env), cmd))).toList());
        }
        Path urls = project("urls", yaml());
        List<Case> urlCases = new ArrayList<>();
        for (String[] url : List.of(
                new String[] {"percent-encoded URL", "postgresql://faults_reserved:" + encoded + "@" + host + "/" + dbReserved},
                new String[] {"unencoded URL", "postgresql://faults_reserved:" + RESERVED + "@" + host + "/" + dbReserved},
                new String[] {"JDBC password parameter", "jdbc:postgresql://" + host + "/" + dbReserved
                        + "?user=faults_reserved&password=" + encoded},
                new String[] {"mistyped scheme", "postgresq://faults_reserved:" + encoded + "@" + host + "/" + dbReserved},
                new String[] {"unreachable server", "postgresql://faults_reserved:" + encoded + "@127.0.0.1:1/" + dbReserved})) {
            for (List<String> cmd : List.of(List.of("migrate"), List.of("status"), List.of("diff", "migrations", "url:" + url[1]))) {
                urlCases.add(new Case(url[0] + ": " + cmd.get(0), urls, concat(List.of("--env", "reserved", "--url", url[1]), cmd)));
            }
        }
        groups.add(urlCases);
        // A YAML syntax error on the password's own line (an unterminated quote).
        Path broken = project("broken-yaml", yaml().replace("password: '" + RESERVED + "'", "password: '" + RESERVED));
        groups.add(List.of(new Case("yaml syntax error: status", broken, List.of("--env", "reserved", "status")),
                new Case("yaml syntax error: migrate", broken, List.of("--env", "reserved", "migrate"))));

        AtomicInteger serial = new AtomicInteger();
        List<Scanned> scanned = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Case> group : groups) {
                futures.add(pool.submit(() -> {
                    for (Case c : group) {
                        for (List<String> variant : List.of(List.of("--json"), List.of("--verbose"))) {
                            scanned.add(runOne(c, variant, serial.incrementAndGet()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> findings = new ArrayList<>();
        Set<String> leakingCases = new LinkedHashSet<>();
        for (Scanned s : scanned) {
            for (String[] stream : List.of(new String[] {"stdout", s.result().out()}, new String[] {"stderr", s.result().err()},
                    new String[] {"events", s.events()})) {
                for (String finding : leaks(stream[1])) {
                    findings.add(s.c().name() + " [" + variantOf(s) + ", " + stream[0] + "]: " + finding);
                    leakingCases.add(s.c().name() + " [" + variantOf(s) + "]");
                }
            }
        }
        Faults.log("secret scan: %d runs, %d findings in %d runs", scanned.size(), findings.size(), leakingCases.size());
        scanned.stream().sorted(java.util.Comparator.comparing(s -> s.c().name()))
                .forEach(s -> Faults.log("  exit %d  %-55s %s", s.result().exit(), s.c().name(), variantOf(s)));
        // The scan means something only if the passwords work: each environment can migrate.
        for (String env : List.of("reserved", "short", "viaenv")) {
            Scanned migrate = scanned.stream().filter(s -> s.c().name().equals(env + ": migrate") && variantOf(s).equals("--json"))
                    .findFirst().orElseThrow();
            assertThat(migrate.result().exit()).as("environment %s migrates with its password\n%s", env, migrate.result().all())
                    .isZero();
        }
        assertThat(findings).as("passwords in the output of %d runs:\n%s\nfirst findings:\n%s", leakingCases.size(),
                String.join("\n", leakingCases), String.join("\n", findings.subList(0, Math.min(40, findings.size())))).isEmpty();
    }

    private static String variantOf(Scanned s) {
        return s.result().args().contains("--json") ? "--json" : "--verbose";
    }

    private Scanned runOne(Case c, List<String> variant, int serial) throws Exception {
        Path events = tmp.resolve("events-" + serial + ".jsonl");
        List<String> args = new ArrayList<>(List.of("--dir", c.project().toString()));
        args.addAll(variant);
        args.addAll(List.of("--events", events.toString()));
        args.addAll(c.args());
        Cairn.Result result = Cairn.run(tmp.resolve("out"), Map.of("FAULTS_SECRET", VIA_ENV), Duration.ofMinutes(2), args);
        String eventText = Files.exists(events) ? Files.readString(events) : "";
        return new Scanned(c, result, eventText);
    }

    /** Every way a password shows in {@code text}, with a little context. */
    static List<String> leaks(String text) {
        List<String> found = new ArrayList<>();
        for (String secret : SECRETS) {
            if (secret.length() < 4) {
                // A short password is a common substring ("ab" in "table"): only a whole word counts.
                find(text, Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(secret) + "(?![A-Za-z0-9])"), "short password '"
                        + secret + "' as a word", found);
                continue;
            }
            Set<String> forms = new LinkedHashSet<>(List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20")));
            for (String piece : secret.split("[^A-Za-z0-9]+")) {
                if (piece.length() >= 4) {
                    forms.add(piece); // a distinctive piece: the password was split and part of it printed
                }
            }
            for (String form : forms) {
                find(text, Pattern.compile(Pattern.quote(form)), "'" + form + "' (of password '" + secret + "')", found);
            }
        }
        find(text, MASK_IN_WORD, "a mask inside a word (a redacted substring betrays the password)", found);
        return found;
    }

    private static void find(String text, Pattern pattern, String what, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(text.length(), m.end() + 60);
            found.add(what + " in …" + text.substring(from, to).replace("\n", "⏎") + "…");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
