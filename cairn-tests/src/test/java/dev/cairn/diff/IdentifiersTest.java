package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.sql.Identifiers;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void quotesOnlyWhenNeeded() {
        assertThat(Identifiers.quoteIfNeeded("users")).isEqualTo("users");
        assertThat(Identifiers.quoteIfNeeded("_x1")).isEqualTo("_x1");
        assertThat(Identifiers.quoteIfNeeded("name")).isEqualTo("name"); // unreserved keyword
        assertThat(Identifiers.quoteIfNeeded("user")).isEqualTo("\"user\"");
        assertThat(Identifiers.quoteIfNeeded("integer")).isEqualTo("\"integer\"");
        assertThat(Identifiers.quoteIfNeeded("left")).isEqualTo("\"left\"");
        assertThat(Identifiers.quoteIfNeeded("Users")).isEqualTo("\"Users\"");
        assertThat(Identifiers.quoteIfNeeded("1st")).isEqualTo("\"1st\"");
        assertThat(Identifiers.quoteIfNeeded("a-b")).isEqualTo("\"a-b\"");
        assertThat(Identifiers.quoteIfNeeded("a$b")).isEqualTo("\"a$b\"");
        assertThat(Identifiers.quoteIfNeeded("café")).isEqualTo("\"café\"");
        assertThat(Identifiers.quoteIfNeeded("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Identifiers.qualified("public", "Order")).isEqualTo("public.\"Order\"");
        assertThat(Identifiers.literal("it's")).isEqualTo("'it''s'");
    }
}
