package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {
    private final EnvironmentConfig base = new EnvironmentConfig(
            "staging", "jdbc:postgresql://old/db", "cfguser", Secret.of("cfgpw"), "app", null, null, null);

    @Test
    void defaultsFillNulls() {
        EnvironmentConfig e = EnvironmentConfig.embeddedLocal();
        assertThat(e.embedded()).isTrue();
        assertThat(e.defaultSchema()).isEqualTo("public");
        assertThat(e.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(e.statementTimeout()).isEqualTo(Duration.ZERO);
        assertThat(e.timeout()).isEqualTo(Duration.ZERO);
        assertThat(e.redactedUrl()).isEqualTo("embedded");
    }

    @Test
    void jdbcUrlWithoutCredentialsKeepsConfiguredOnes() {
        EnvironmentConfig e = base.withUrl("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(e.user()).isEqualTo("cfguser");
        assertThat(e.password().reveal()).isEqualTo("cfgpw");
        assertThat(e.embedded()).isFalse();
        assertThat(e.defaultSchema()).isEqualTo("app");
    }

    @Test
    void jdbcQueryCredentialsMoveOut() {
        EnvironmentConfig e = base.withUrl("jdbc:postgresql://h/db?user=bob&password=s%26cr+t&ssl=true");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(e.user()).isEqualTo("bob");
        assertThat(e.password().reveal()).isEqualTo("s&cr t"); // pgjdbc form-decodes parameters
        assertThat(e.redactedUrl()).doesNotContain("cr");
    }

    @Test
    void jdbcQueryWithOnlyCredentialsLosesTheQuestionMark() {
        EnvironmentConfig e = base.withUrl("jdbc:postgresql://h/db?password=x1");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(e.user()).isEqualTo("cfguser");
        assertThat(e.password().reveal()).isEqualTo("x1");
    }

    @Test
    void libpqUrlWithUserinfoBecomesJdbc() {
        EnvironmentConfig e = base.withUrl("postgresql://alice:p%40ss+word@db.example.com:6543/app?sslmode=verify-full");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://db.example.com:6543/app?sslmode=verify-full");
        assertThat(e.user()).isEqualTo("alice");
        assertThat(e.password().reveal()).isEqualTo("p@ss+word"); // '+' is literal in userinfo
        assertThat(e.toString()).doesNotContain("p@ss");
    }

    @Test
    void postgresSchemeAndUnencodedAtInPassword() {
        EnvironmentConfig e = base.withUrl("postgres://carol:a@b:c@h1:5432,h2:5432/db");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h1:5432,h2:5432/db");
        assertThat(e.user()).isEqualTo("carol");
        assertThat(e.password().reveal()).isEqualTo("a@b:c");
    }

    @Test
    void userinfoWithoutPasswordKeepsConfiguredPassword() {
        EnvironmentConfig e = base.withUrl("postgresql://dave@h/db");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(e.user()).isEqualTo("dave");
        assertThat(e.password().reveal()).isEqualTo("cfgpw");
    }

    @Test
    void queryPasswordInLibpqUrlMovesOut() {
        EnvironmentConfig e = base.withUrl("postgresql://h/db?user=eve&password=p%2Bq&application_name=cairn");
        assertThat(e.url()).isEqualTo("jdbc:postgresql://h/db?application_name=cairn");
        assertThat(e.user()).isEqualTo("eve");
        assertThat(e.password().reveal()).isEqualTo("p+q");
    }

    @Test
    void embeddedOverride() {
        EnvironmentConfig e = base.withUrl("embedded");
        assertThat(e.embedded()).isTrue();
        assertThat(e.name()).isEqualTo("staging");
    }

    @Test
    void otherSchemesAreUsageErrorsWithoutTheSecret() {
        assertThatThrownBy(() -> base.withUrl("mysql://root:topsecret@h/db"))
                .isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("topsecret");
    }
}
