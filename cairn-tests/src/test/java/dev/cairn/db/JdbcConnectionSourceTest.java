package dev.cairn.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** forDatabase and libpqEnvironment: the same server and credentials, another database; the URL's parts for libpq. */
class JdbcConnectionSourceTest {
    @Test
    void forDatabaseKeepsServerOptionsAndCredentials() {
        JdbcConnectionSource s = new JdbcConnectionSource("jdbc:postgresql://db.example:6543/app?sslmode=require",
                "alice", "pw-secret-1");
        JdbcConnectionSource other = s.forDatabase("postgres");
        assertThat(other.url()).isEqualTo("jdbc:postgresql://db.example:6543/postgres?sslmode=require");
        assertThat(other.libpqEnvironment()).containsEntry("PGUSER", "alice").containsEntry("PGPASSWORD", "pw-secret-1")
                .containsEntry("PGDATABASE", "postgres").containsEntry("PGSSLMODE", "require");
        assertThat(new JdbcConnectionSource("jdbc:postgresql://h/", null, null).forDatabase("my db").url())
                .isEqualTo("jdbc:postgresql://h/my%20db");
        assertThat(new JdbcConnectionSource("jdbc:postgresql://h:5433", null, null).forDatabase("x").url())
                .isEqualTo("jdbc:postgresql://h:5433/x");
    }

    @Test
    void libpqEnvironmentReadsHostPortDatabaseAndTheQuery() {
        var env = new JdbcConnectionSource("jdbc:postgresql://127.0.0.1:5999/cairn?user=postgres", null, null)
                .libpqEnvironment();
        assertThat(env).containsEntry("PGHOST", "127.0.0.1").containsEntry("PGPORT", "5999")
                .containsEntry("PGDATABASE", "cairn").containsEntry("PGUSER", "postgres").doesNotContainKey("PGPASSWORD");
        assertThat(new JdbcConnectionSource("jdbc:postgresql://[::1]:7000,other:1/d", "u", null).libpqEnvironment())
                .containsEntry("PGHOST", "::1").containsEntry("PGPORT", "7000").containsEntry("PGDATABASE", "d");
        assertThat(new JdbcConnectionSource("jdbc:postgresql://h/d", "u", null).libpqEnvironment())
                .containsEntry("PGPORT", "5432");
    }
}
