package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private CairnConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return ConfigLoader.load(dir, env);
    }

    private CairnConfig load(String yaml) throws IOException {
        return load(yaml, Map.of());
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUsageError(String yaml, Map<String, String> env) {
        return assertThatThrownBy(() -> load(yaml, env))
                .isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    private String file() {
        return dir.toAbsolutePath().normalize().resolve("cairn.yaml").toString();
    }

    @Test
    void missingFileTellsToRunInit() {
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("no cairn.yaml in " + dir.toAbsolutePath().normalize())
                .hasMessageContaining("cairn init")
                .hasMessageContaining("--dir");
    }

    @Test
    void emptyFileGivesAllDefaults() throws IOException {
        CairnConfig c = load("");
        assertThat(c.projectDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(c.configFile()).isEqualTo(c.projectDir().resolve("cairn.yaml"));
        assertThat(c.schemaDir()).isEqualTo(c.projectDir().resolve("schema"));
        assertThat(c.migrationsDir()).isEqualTo(c.projectDir().resolve("migrations"));
        assertThat(c.historySchema()).isNull();
        assertThat(c.historyTable()).isEqualTo("cairn_schema_history");
        assertThat(c.environments()).containsOnlyKeys("local");
        EnvironmentConfig local = c.environment("local");
        assertThat(local.embedded()).isTrue();
        assertThat(local.defaultSchema()).isEqualTo("public");
        assertThat(local.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(local.statementTimeout()).isEqualTo(Duration.ZERO);
        assertThat(local.timeout()).isEqualTo(Duration.ZERO);
        assertThat(c.historySchemaFor(local)).isEqualTo("public");
    }

    @Test
    void readsEveryKeyAndResolvesRelativePaths() throws IOException {
        CairnConfig c = load("""
                schema: db/schema
                migrations: /abs/migrations
                history:
                  schema: cairn
                  table: hist
                environments:
                  prod:
                    url: postgresql://app:pw1@db:5432/app
                    defaultSchema: sales
                    lockTimeout: 2s
                    statementTimeout: 1m30s
                    timeout: 0
                """);
        assertThat(c.schemaDir()).isEqualTo(c.projectDir().resolve("db/schema"));
        assertThat(c.migrationsDir()).isEqualTo(Path.of("/abs/migrations"));
        assertThat(c.historySchema()).isEqualTo("cairn");
        assertThat(c.historyTable()).isEqualTo("hist");
        assertThat(c.environments()).containsOnlyKeys("prod", "local");
        EnvironmentConfig prod = c.environment("prod");
        assertThat(prod.url()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(prod.user()).isEqualTo("app");
        assertThat(prod.password().reveal()).isEqualTo("pw1");
        assertThat(prod.defaultSchema()).isEqualTo("sales");
        assertThat(prod.lockTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(prod.statementTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(prod.timeout()).isEqualTo(Duration.ZERO);
        assertThat(c.historySchemaFor(prod)).isEqualTo("cairn");
    }

    @Test
    void unknownEnvironmentListsKnownOnes() throws IOException {
        CairnConfig c = load("""
                environments:
                  staging:
                    url: embedded
                """);
        assertThatThrownBy(() -> c.environment("prod"))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining(file())
                .hasMessageContaining("'prod'")
                .hasMessageContaining("staging, local");
    }

    @Test
    void unknownKeySuggestsClosestWithLine() {
        assertUsageError("""
                environments:
                  staging:
                    url: embedded
                    lockTimout: 5s
                """, Map.of())
                .hasMessageContaining(file() + ":4:5:")
                .hasMessageContaining("environments.staging.lockTimout")
                .hasMessageContaining("did you mean lockTimeout?");
    }

    @Test
    void unknownTopLevelAndHistoryKeys() {
        assertUsageError("schema: s\nmigration: m\n", Map.of())
                .hasMessageContaining(file() + ":2:1:")
                .hasMessageContaining("unknown key migration")
                .hasMessageContaining("did you mean migrations?");
        assertUsageError("history:\n  tabel: x\n", Map.of())
                .hasMessageContaining(file() + ":2:3:")
                .hasMessageContaining("history.tabel")
                .hasMessageContaining("did you mean table?");
        assertUsageError("frobnicate: 1\n", Map.of())
                .hasMessageContaining("unknown key frobnicate")
                .hasMessageNotContaining("did you mean")
                .hasMessageContaining("schema, schemaFiles, migrations, history, catalog, pull, drift, postgres, telemetry, environments");
    }

    @Test
    void wrongTypesNameKeyAndLine() {
        assertUsageError("""
                environments:
                  staging:
                    url: 5432
                """, Map.of())
                .hasMessageContaining(file() + ":3:10:")
                .hasMessageContaining("environments.staging.url must be text")
                .hasMessageContaining("a number");
        assertUsageError("""
                schema:
                  - a
                  - b
                """, Map.of())
                .hasMessageContaining(file() + ":2:")
                .hasMessageContaining("schema must be text, but it is a list");
        assertUsageError("""
                environments:
                  local:
                    timeout: yes
                """, Map.of())
                .hasMessageContaining(file() + ":3:14:")
                .hasMessageContaining("environments.local.timeout must be a duration")
                .hasMessageContaining("a boolean");
        assertUsageError("environments:\n  - local\n", Map.of())
                .hasMessageContaining(file() + ":2:")
                .hasMessageContaining("environments must be a map");
    }

    @Test
    void typeErrorsNeverEchoThePassword() {
        assertUsageError("""
                environments:
                  staging:
                    url: embedded
                    password: 987654321
                """, Map.of())
                .hasMessageContaining(file() + ":4:")
                .hasMessageContaining("password must be text")
                .hasMessageNotContaining("987654321");
    }

    @Test
    void badDurationsNameKeyAndLine() {
        assertUsageError("""
                environments:
                  local:
                    lockTimeout: 5 seconds
                """, Map.of())
                .hasMessageContaining(file() + ":3:18:")
                .hasMessageContaining("environments.local.lockTimeout")
                .hasMessageContaining("not a duration");
        assertUsageError("""
                environments:
                  local:
                    statementTimeout: 30
                """, Map.of())
                .hasMessageContaining(file() + ":3:23:")
                .hasMessageContaining("environments.local.statementTimeout")
                .hasMessageContaining("no unit")
                .hasMessageContaining("30s");
    }

    @Test
    void yamlSyntaxErrorNamesLineAndProblemInOneParagraph() {
        assertUsageError("""
                schema: s
                environments:
                  local:
                    url: embedded
                   bad: : x
                """, Map.of())
                .hasMessageStartingWith(file() + ":5:")
                .hasMessageContaining("YAML syntax error")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void duplicateKeysAreErrors() {
        assertUsageError("schema: a\nschema: b\n", Map.of())
                .hasMessageContaining(file() + ":2:1:")
                .hasMessageContaining("appears twice");
    }

    @Test
    void environmentNamesWithReservedCharactersAreRejected() {
        assertUsageError("""
                environments:
                  "my env/1":
                    url: embedded
                """, Map.of())
                .hasMessageContaining(file() + ":2:")
                .hasMessageContaining("'my env/1' is not allowed");
    }

    @Test
    void nonLocalEnvironmentNeedsAUrl() {
        assertUsageError("""
                environments:
                  staging:
                    user: app
                """, Map.of())
                .hasMessageContaining(file() + ":2:3:")
                .hasMessageContaining("environments.staging has no url");
    }

    @Test
    void literalUrlIsCheckedAtLoad() {
        assertUsageError("""
                environments:
                  staging:
                    url: mysql://root:pw9@h/db
                """, Map.of())
                .hasMessageContaining(file() + ":3:10:")
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("pw9");
    }

    @Test
    void interpolationForms() throws IOException {
        CairnConfig c = load("""
                schema: ${SCHEMA_DIR:-sql/schema}
                migrations: ${MIG_DIR}
                environments:
                  staging:
                    url: jdbc:postgresql://${HOST}:${PORT:-5432}/db
                    user: ${EMPTY_USER:-fallback}
                    password: $${NOT_A_VAR}
                    defaultSchema: x$y${UNSET:-}z
                    lockTimeout: ${LOCK:-7s}
                """, Map.of("MIG_DIR", "m", "HOST", "db.local", "EMPTY_USER", "", "SCHEMA_DIR", ""));
        assertThat(c.schemaDir()).isEqualTo(c.projectDir().resolve("sql/schema")); // default when empty
        assertThat(c.migrationsDir()).isEqualTo(c.projectDir().resolve("m"));
        EnvironmentConfig s = c.environment("staging");
        assertThat(s.url()).isEqualTo("jdbc:postgresql://db.local:5432/db");
        assertThat(s.user()).isEqualTo("fallback");
        assertThat(s.password().reveal()).isEqualTo("${NOT_A_VAR}");
        assertThat(s.defaultSchema()).isEqualTo("x$yz");
        assertThat(s.lockTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void setButEmptyVariableWithoutDefaultIsEmpty() throws IOException {
        CairnConfig c = load("""
                environments:
                  local:
                    user: a${EMPTY}b
                """, Map.of("EMPTY", ""));
        assertThat(c.environment("local").user()).isEqualTo("ab");
    }

    @Test
    void variableValuesCannotInjectYaml() throws IOException {
        CairnConfig c = load("""
                environments:
                  local:
                    user: ${U}
                """, Map.of("U", "x\nlockTimeout: 1s"));
        EnvironmentConfig local = c.environment("local");
        assertThat(local.user()).isEqualTo("x\nlockTimeout: 1s");
        assertThat(local.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void missingVariableIsReportedWhenTheEnvironmentIsSelectedWithNameKeyAndLine() throws IOException {
        CairnConfig c = load("""
                environments:
                  local:
                    url: embedded
                  staging:
                    url: ${STAGING_DATABASE_URL}
                    password: ${STAGING_DB_PASSWORD}
                """);
        // Lazy: local works although staging's variables are unset.
        assertThat(c.environment("local").embedded()).isTrue();
        assertThatThrownBy(() -> c.environment("staging"))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining(file() + ":5:10: environments.staging.url uses ${STAGING_DATABASE_URL}")
                .hasMessageContaining(file() + ":6:15: environments.staging.password uses ${STAGING_DB_PASSWORD}")
                .hasMessageContaining("export STAGING_DATABASE_URL")
                .hasMessageContaining("${STAGING_DATABASE_URL:-value}");
    }

    @Test
    void durationFromVariableIsValidatedOnSelection() throws IOException {
        CairnConfig c = load("""
                environments:
                  local:
                    timeout: ${T}
                """, Map.of("T", "ten minutes"));
        assertThatThrownBy(() -> c.environment("local"))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining(file() + ":3:14: environments.local.timeout")
                .hasMessageContaining("not a duration");
    }

    @Test
    void urlFromVariableIsNormalisedAndRedacted() throws IOException {
        CairnConfig c = load("""
                environments:
                  staging:
                    url: ${URL}
                """, Map.of("URL", "postgresql://app:s3cr3t-from-env@h/db"));
        EnvironmentConfig s = c.environment("staging");
        assertThat(s.url()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(s.password().reveal()).isEqualTo("s3cr3t-from-env");
        assertThat(Redactor.redactAll("login failed for s3cr3t-from-env")).doesNotContain("s3cr3t");
    }

    @Test
    void malformedReferenceIsAnErrorAtLoadEvenInAnUnselectedEnvironment() {
        assertUsageError("""
                environments:
                  staging:
                    url: embedded
                    user: ${OOPS
                """, Map.of())
                .hasMessageContaining(file() + ":4:11:")
                .hasMessageContaining("environments.staging.user")
                .hasMessageContaining("not closed");
        assertUsageError("""
                environments:
                  staging:
                    url: embedded
                    user: ${1BAD}
                """, Map.of())
                .hasMessageContaining(file() + ":4:11:")
                .hasMessageContaining("not a variable reference");
    }

    @Test
    void missingVariableInProjectKeyFailsAtLoad() {
        assertUsageError("schema: ${SCHEMA_DIR}\n", Map.of())
                .hasMessageContaining(file() + ":1:9:")
                .hasMessageContaining("${SCHEMA_DIR}")
                .hasMessageContaining("export SCHEMA_DIR");
    }

    @Test
    void definitionToStringDoesNotLeakTheEnvironment() throws IOException {
        CairnConfig c = load("environments:\n  local:\n    password: ${PW}\n", Map.of("PW", "leakme"));
        assertThat(c.toString()).doesNotContain("leakme");
        assertThat(c.environment("local").toString()).doesNotContain("leakme");
    }

    @Test
    void theInitTemplateLoadsWithNoVariables() throws IOException {
        CairnConfig c = load(ProjectScaffold.template());
        assertThat(c.environments()).containsOnlyKeys("local", "staging", "production");
        EnvironmentConfig local = c.environment("local");
        assertThat(local.embedded()).isTrue();
        assertThat(local.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(local.statementTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(local.timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.historyTable()).isEqualTo("cairn_schema_history");
        assertThatThrownBy(() -> c.environment("staging")).hasMessageContaining("STAGING_DATABASE_URL");

        CairnConfig withVars = ConfigLoader.load(dir, Map.of(
                "STAGING_DATABASE_URL", "jdbc:postgresql://stage/app", "STAGING_DB_PASSWORD", "pw"));
        EnvironmentConfig staging = withVars.environment("staging");
        assertThat(staging.user()).isEqualTo("app");
        assertThat(staging.timeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void yamlSyntaxErrorQuotesNoLineAndKeepsNoParserCause() {
        assertUsageError("""
                environments:
                  ci:
                    url: postgresql://bob@h/db
                    password: "Sup3rS3cret-pw
                  x: [
                """, Map.of())
                .hasMessageContaining("YAML syntax error")
                .hasMessageContaining("starts at line 4")
                .hasMessageNotContaining("Sup3rS3cret")
                .satisfies(e -> assertThat(e.getCause()).as("a --verbose trace prints causes").isNull());
    }

    @Test
    void undecodableFileNamesTheLineOfTheBadByte() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            yaml.append("# line ").append(i).append('\n');
        }
        byte[] head = yaml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "schema: caf\u00e9s\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(dir.resolve("cairn.yaml"), all);
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .isInstanceOf(CairnException.class)
                .hasMessageStartingWith(file() + ":14:12: the file is not UTF-8 text (byte 0xE9")
                .hasMessageContaining("save cairn.yaml as UTF-8")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), "\uFEFFschema: db\n");
        assertThat(ConfigLoader.load(dir, Map.of()).schemaDir()).isEqualTo(dir.toAbsolutePath().normalize().resolve("db"));
    }

    @Test
    void durationsBeyondPostgresqlsRangeAreRefusedAtLoadWithTheLine() {
        for (String value : List.of("99999999999999h", "2147483648ms", "597h", "99999999999999999999999s")) {
            assertUsageError("""
                    environments:
                      staging:
                        url: postgresql://h/db
                        lockTimeout: %s
                    """.formatted(value), Map.of())
                    .hasMessageContaining(file() + ":4:18: environments.staging.lockTimeout")
                    .hasMessageContaining("out of range")
                    .hasMessageContaining("596h31m23s647ms");
        }
    }

    @Test
    void durationFromAVariableBeyondTheRangeIsRefusedOnSelection() throws IOException {
        CairnConfig c = load("""
                environments:
                  local:
                    statementTimeout: ${ST}
                """, Map.of("ST", "600h"));
        assertThatThrownBy(() -> c.environment("local"))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining(file() + ":3:23: environments.local.statementTimeout")
                .hasMessageContaining("out of range");
    }

    @Test
    void aBadPortIsRefusedAtLoad() {
        assertUsageError("""
                environments:
                  x:
                    url: postgresql://127.0.0.1:abc/x
                """, Map.of())
                .hasMessageContaining(file() + ":3:10: environments.x.url")
                .hasMessageContaining("port after host 127.0.0.1 is not a number");
    }

    @Test
    void interpolatedPasswordWithReservedCharactersIsUsedWhole() throws IOException {
        String pw = "p@ss:…/#?&=%";
        CairnConfig c = load("""
                environments:
                  staging:
                    url: postgresql://app:${PW}@db.example.com:5432/app
                """, Map.of("PW", pw));
        EnvironmentConfig s = c.environment("staging");
        assertThat(s.url()).isEqualTo("jdbc:postgresql://db.example.com:5432/app");
        assertThat(s.user()).isEqualTo("app");
        assertThat(s.password().reveal()).isEqualTo(pw);
    }

    @Test
    void postgresVersionIsProjectWideAndOverriddenPerEnvironment() throws IOException {
        CairnConfig c = load("""
                postgres:
                  version: 15
                environments:
                  staging:
                    url: jdbc:postgresql://db/app
                    postgres: { version: "16" }
                  prod:
                    url: jdbc:postgresql://db/prod
                """);
        assertThat(c.postgresVersion()).isEqualTo(15);
        assertThat(c.postgresVersion("staging")).hasValue(16);
        assertThat(c.postgresVersion("prod")).hasValue(15);
        assertThat(c.postgresVersion("local")).hasValue(15);
        assertThat(c.environment("staging").url()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(load("").postgresVersion("local")).isEmpty();
    }

    @Test
    void anUnsupportedOrMistypedPostgresVersionIsRefusedWithItsLine() {
        assertUsageError("postgres:\n  version: 12\n", Map.of())
                .hasMessageContaining(file() + ":2:12").hasMessageContaining("postgres.version is 12")
                .hasMessageContaining("13, 14, 15, 16, 17, 18");
        assertUsageError("postgres:\n  version: fifteen\n", Map.of())
                .hasMessageContaining("postgres.version must be a PostgreSQL major version such as 16");
        assertUsageError("postgres:\n  vesion: 15\n", Map.of())
                .hasMessageContaining("unknown key postgres.vesion (did you mean version?)");
        assertUsageError("environments:\n  prod:\n    url: jdbc:postgresql://db/p\n    postgres:\n      version: 19\n",
                Map.of()).hasMessageContaining("environments.prod.postgres.version is 19");
    }
}
