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
}
