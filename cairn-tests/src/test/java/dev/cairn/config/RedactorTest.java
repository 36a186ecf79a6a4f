package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksKnownSecretsInEveryEncoding() {
        String secret = "p@ss w/rd+1";
        String text = "raw " + secret + " form p%40ss+w%2Frd%2B1 pct p%40ss%20w%2Frd%2B1 end";
        String out = Redactor.redact(text, List.of(secret));
        assertThat(out).isEqualTo("raw **** form **** pct **** end");
    }

    @Test
    void ignoresEmptyAndNullSecrets() {
        assertThat(Redactor.redact("nothing here", java.util.Arrays.asList("", null))).isEqualTo("nothing here");
    }

    @Test
    void masksLongerSecretFirstSoNoTailLeaks() {
        assertThat(Redactor.redact("x abcdef y", List.of("abc", "abcdef"))).isEqualTo("x **** y");
    }

    @Test
    void structuralRedactionNeedsNoList() {
        assertThat(Redactor.redact("jdbc:postgresql://h/db?user=app&password=hunter2&ssl=true", List.of()))
                .isEqualTo("jdbc:postgresql://h/db?user=app&password=****&ssl=true");
        assertThat(Redactor.redact("Server=h;Pwd=hunter2;Db=x", List.of())).isEqualTo("Server=h;Pwd=****;Db=x");
        assertThat(Redactor.redact("postgresql://app:hunter2@db.example.com:5432/app", List.of()))
                .isEqualTo("postgresql://app:****@db.example.com:5432/app");
        assertThat(Redactor.redact("env PGPASSWORD=hunter2 psql", List.of())).isEqualTo("env PGPASSWORD=**** psql");
        assertThat(Redactor.redact("{\"password\":\"hun\\\"ter2\"}", List.of())).isEqualTo("{\"password\":\"****\"}");
        assertThat(Redactor.redact("postgres://app@host/db", List.of())).isEqualTo("postgres://app@host/db");
    }

    @Test
    void registeredSecretsAreRedactedEverywhere() throws Exception {
        String secret = "reg-" + System.nanoTime();
        assertThat(Redactor.redactAll("token " + secret)).contains(secret);
        Thread t = new Thread(() -> Redactor.register(secret));
        t.start();
        t.join();
        assertThat(Redactor.redactAll("token " + secret + " and " + java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("token **** and ****");
    }

    @Test
    void resolvingAnEnvironmentRegistersItsPassword() {
        String secret = "envpw-" + System.nanoTime();
        new EnvironmentConfig("x", "jdbc:postgresql://h/db", "u", Secret.of(secret), null, null, null, null);
        assertThat(Redactor.redactAll("failed with " + secret)).isEqualTo("failed with ****");
    }

    @Test
    void secretNeverPrintsItsValue() {
        Secret s = Secret.of("hunter2");
        assertThat(s.toString()).isEqualTo("****");
        assertThat(s.reveal()).isEqualTo("hunter2");
        EnvironmentConfig env = new EnvironmentConfig("x", "jdbc:postgresql://h/db", "u", s, null, null, null, null);
        assertThat(env.toString()).doesNotContain("hunter2").contains("****");
    }

    @Test
    void secretsAreMaskedOnlyAsWholeTokens() {
        assertThat(Redactor.redact("migrate10 migrate1 (migrate1) xmigrate1", List.of("migrate1")))
                .isEqualTo("migrate10 **** (****) xmigrate1");
        assertThat(Redactor.redact("user=Url-S3cret!pw; Url-S3cret!pwX", List.of("Url-S3cret!pw")))
                .isEqualTo("user=****; Url-S3cret!pwX");
    }

    @Test
    void shortSecretsAreNeverMaskedByValueSoTheyCannotBeReadFromTheMasks() {
        String text = "Applied 2 migrations to table ab (p) in app; password=ab and postgresql://u:p@h/db";
        assertThat(Redactor.redact(text, List.of("ab", "p")))
                .isEqualTo("Applied 2 migrations to table ab (p) in app; password=**** and postgresql://u:****@h/db");
    }

    @Test
    void userinfoPasswordsWithReservedCharactersAndAnyScheme() {
        for (String pw : PostgresUrlTest.AWKWARD) {
            for (String scheme : List.of("postgresql://", "postgresq://", "jdbc:postgresql://", "jdbc:postgresq:/", "x+y.z://")) {
                String text = "bad " + scheme + "bob:" + pw + "@h:5432/db?sslmode=require end";
                String out = Redactor.structural(text);
                assertThat(out).as(text).isEqualTo("bad " + scheme + "bob:****@h:5432/db?sslmode=require end");
            }
        }
        // A JSON document stays a JSON document.
        assertThat(Redactor.structural("{\"error\":\"at postgresql://u:p?w\\\"x@h/db\",\"next\":\"a@b\"}"))
                .isEqualTo("{\"error\":\"at postgresql://u:****@h/db\",\"next\":\"a@b\"}");
    }

    @Test
    void yamlPasswordLinesQuotedByAParserAreMasked() {
        String trace = "while scanning a quoted scalar\n in 'reader', line 5, column 15:\n        password: \"Sup3r\n"
                + "                  ^\n  - PASSWORD : 'x y'\n";
        assertThat(Redactor.structural(trace)).doesNotContain("Sup3r").doesNotContain("x y")
                .contains("password: ****").contains("line 5, column 15");
    }

    @Test
    void aLongLineWithoutSpacesCostsNoStack() {
        String blob = "x".repeat(500_000);
        String text = "{\"url\":\"postgresql://u:pw?" + blob + "@h/db\",\"sql\":\"" + blob + "\"}";
        String out = Redactor.structural(text);
        assertThat(out).startsWith("{\"url\":\"postgresql://u:****@h/db\",\"sql\":\"xxx").doesNotContain("pw?");
        assertThat(Redactor.structural("postgresql://" + blob)).hasSize(13 + blob.length());
    }
}
