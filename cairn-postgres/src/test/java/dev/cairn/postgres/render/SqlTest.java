package dev.cairn.postgres.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void quotesIdentifiersOnlyWhereNeeded() {
        assertThat(Sql.alterTable("public", "users").kw("RENAME COLUMN").id("Email").kw("TO").id("email").toString())
                .isEqualTo("ALTER TABLE public.users RENAME COLUMN \"Email\" TO email");
        assertThat(Sql.of("DROP TABLE").name("My Schema", "order").toString()).isEqualTo("DROP TABLE \"My Schema\".\"order\"");
        assertThat(Sql.ident("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void quotesLiteralsAndBackslashes() {
        assertThat(Sql.of("COMMENT ON TABLE t IS").lit("it's").toString()).isEqualTo("COMMENT ON TABLE t IS 'it''s'");
        assertThat(Sql.literal("a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(Sql.literals(java.util.List.of("x", "y'z"))).isEqualTo("'x', 'y''z'");
    }

    @Test
    void collationsAreAlwaysQuotedUnlessAlreadySo() {
        assertThat(Sql.collation("C")).isEqualTo("\"C\"");
        assertThat(Sql.collation("pg_catalog.en_US")).isEqualTo("\"pg_catalog\".\"en_US\"");
        assertThat(Sql.collation("\"de_DE\"")).isEqualTo("\"de_DE\"");
    }

    @Test
    void optionalPartsAndRoles() {
        assertThat(Sql.of("CREATE DOMAIN").name("s", "d").kw("AS text").optional("DEFAULT", null).optional("COLLATE", "\"C\"").toString())
                .isEqualTo("CREATE DOMAIN s.d AS text COLLATE \"C\"");
        assertThat(Sql.role("public")).isEqualTo("PUBLIC");
        assertThat(Sql.role("CURRENT_USER")).isEqualTo("CURRENT_USER");
        assertThat(Sql.role("Admins")).isEqualTo("\"Admins\"");
        assertThat(Sql.ref("other.parent", "public")).isEqualTo("other.parent");
        assertThat(Sql.ref("parent", "public")).isEqualTo("public.parent");
    }
}
