package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credentials come out of a URL whole, whatever characters they hold, and errors never quote the URL. */
class PostgresUrlTest {
    /** Passwords with each reserved character of a URL, unencoded, as people paste them. */
    static final List<String> AWKWARD = List.of("pa?ss", "p/ss", "p#ss", "p@ss", "p:ss", "p&ss=1", "50%off",
            "a?b/c#d@e:f&g=h%", "p@ss:…/#?&=%", "ab", "p");

    @Test
    void unencodedReservedCharactersInTheUserinfoStayInThePassword() {
        for (String pw : AWKWARD) {
            for (String scheme : List.of("postgresql://", "postgres://", "jdbc:postgresql://")) {
                PostgresUrl u = PostgresUrl.parse(scheme + "bob:" + pw + "@db.example.com:5432/app?sslmode=require");
                assertThat(u.password()).as(scheme + pw).isEqualTo(pw);
                assertThat(u.user()).isEqualTo("bob");
                assertThat(u.url()).isEqualTo("jdbc:postgresql://db.example.com:5432/app?sslmode=require");
            }
        }
        PostgresUrl noPath = PostgresUrl.parse("postgresql://bob:pa?ss@h");
        assertThat(noPath.password()).isEqualTo("pa?ss");
        assertThat(noPath.url()).as("pgjdbc needs the '/'").isEqualTo("jdbc:postgresql://h/");
    }

    @Test
    void anAtInAParameterIsNotUserinfo() {
        PostgresUrl u = PostgresUrl.parse("jdbc:postgresql://host:5432/db?user=me@srv&password=x%3Fy");
        assertThat(u.url()).isEqualTo("jdbc:postgresql://host:5432/db");
        assertThat(u.user()).isEqualTo("me@srv");
        assertThat(u.password()).isEqualTo("x?y");
        assertThat(PostgresUrl.parse("postgresql://h1:5432,h2/db?application_name=a@b").url())
                .isEqualTo("jdbc:postgresql://h1:5432,h2/db?application_name=a@b");
    }

    @Test
    void portsMustBeNumbersAndErrorsDoNotQuoteTheUrl() {
        for (String url : List.of("postgresql://127.0.0.1:abc/x", "jdbc:postgresql://h:0/x", "postgresql://h:70000/x",
                "postgresql://h:-1/x", "postgresql://h1:5432,h2:x5/db", "postgresql://[::1]:port/db")) {
            assertThatThrownBy(() -> PostgresUrl.parse(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a number from 1 to 65535")
                    .hasMessageNotContaining("/x").hasMessageNotContaining("/db");
        }
        assertThat(PostgresUrl.parse("postgresql://[::1]:5433/db").url()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
        assertThat(PostgresUrl.parse("postgresql://h:/db").url()).isEqualTo("jdbc:postgresql://h:/db");
    }

    @Test
    void aMistypedSchemeIsNamedButNothingAfterIt() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresq://bob:pa?ss#x@h/db"))
                .hasMessageContaining("'postgresq://…' is not a PostgreSQL URL")
                .hasMessageContaining("did you mean postgresql://?")
                .hasMessageNotContaining("bob").hasMessageNotContaining("pa?ss").hasMessageNotContaining("ss#x");
        assertThatThrownBy(() -> PostgresUrl.parse("bob:hunter2@h/db"))
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("bob");
    }

    @Test
    void anAtLeftInThePathIsRefused() {
        // "123/x" would be a port and a path: the '@' after it cannot be placed, so ask for encoding.
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://bob:123/x@h/db"))
                .hasMessageContaining("percent-encode")
                .hasMessageNotContaining("123/x");
    }

    @Test
    void interpolatedCredentialsArePercentEncodedAndNothingElse() {
        Map<String, String> env = Map.of("U", "bob@corp", "PW", "p@ss:…/#?&=% x", "HOST", "db.example.com:6543",
                "CREDS", "carol:se:cr@t", "APP", "my app", "PARAMS", "sslmode=require&application_name=x");
        assertThat(expand("postgresql://${U}:${PW}@${HOST}/app?${PARAMS}&password=${PW}", env))
                .isEqualTo("postgresql://bob%40corp:p%40ss%3A%E2%80%A6%2F%23%3F%26%3D%25%20x@db.example.com:6543/app"
                        + "?sslmode=require&application_name=x&password=p%40ss%3A%E2%80%A6%2F%23%3F%26%3D%25%20x");
        PostgresUrl u = PostgresUrl.parse(expand("postgresql://${U}:${PW}@${HOST}/app?application_name=${APP}", env));
        assertThat(u.user()).isEqualTo("bob@corp");
        assertThat(u.password()).isEqualTo("p@ss:…/#?&=% x");
        assertThat(u.url()).isEqualTo("jdbc:postgresql://db.example.com:6543/app?application_name=my%20app");
        PostgresUrl jdbc = PostgresUrl.parse(expand("jdbc:postgresql://${HOST}/app?user=${U}&password=${PW}", env));
        assertThat(jdbc.password()).isEqualTo("p@ss:…/#?&=% x");
        assertThat(jdbc.user()).isEqualTo("bob@corp");
        // One variable holding user:password keeps its first ':' as the separator.
        PostgresUrl creds = PostgresUrl.parse(expand("postgresql://${CREDS}@h/db", env));
        assertThat(creds.user()).isEqualTo("carol");
        assertThat(creds.password()).isEqualTo("se:cr@t");
        // A whole URL in a variable is taken as written.
        assertThat(expand("${URL}", Map.of("URL", "postgresql://a:b@h/db"))).isEqualTo("postgresql://a:b@h/db");
    }

    private static String expand(String raw, Map<String, String> env) {
        return Interpolation.expand(raw, env, PostgresUrl.credentialEncoder(raw)).value();
    }
}
