package dev.cairn.postgres.render;

import dev.cairn.sql.Identifiers;
import dev.cairn.postgres.PostgresTypes;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A statement under construction: keywords, identifiers (quoted where PostgreSQL needs it, by {@link Identifiers}'
 * rules), qualified names, string literals and server-printed text (expressions, definitions), each appended after a
 * space. Renderers say what a piece is and the builder quotes it, instead of concatenating quotes by hand.
 */
final class Sql {
    private final StringBuilder b;

    private Sql(String start) {
        b = new StringBuilder(start);
    }

    /** A statement beginning with these keywords ({@code "ALTER TABLE"}). */
    static Sql of(String keywords) {
        return new Sql(keywords);
    }

    /** {@code ALTER TABLE schema.table}. */
    static Sql alterTable(String schema, String table) {
        return of("ALTER TABLE").name(schema, table);
    }

    /** Keywords, or text the server printed (an expression, a type, a definition): appended as it is. */
    Sql kw(String text) {
        b.append(' ').append(text);
        return this;
    }

    /** An identifier, quoted when needed. */
    Sql id(String identifier) {
        return kw(ident(identifier));
    }

    /** {@code schema.name}, each part quoted when needed. */
    Sql name(String schema, String name) {
        return kw(qualified(schema, name));
    }

    /** A string literal. */
    Sql lit(String text) {
        return kw(literal(text));
    }

    /** Text appended without a space ({@code "[]"}, a closing parenthesis). */
    Sql append(String text) {
        b.append(text);
        return this;
    }

    /** Appends {@code " keyword text"} when {@code text} is not null. */
    Sql optional(String keyword, String text) {
        return text == null ? this : kw(keyword).kw(text);
    }

    @Override
    public String toString() {
        return b.toString();
    }

    // ------------------------------------------------------------ the pieces, for renderers that assemble lists

    static String ident(String identifier) {
        return Identifiers.quoteIfNeeded(identifier);
    }

    static String qualified(String schema, String name) {
        return Identifiers.qualified(schema, name);
    }

    static String literal(String text) {
        return Identifiers.literal(text);
    }

    /** {@code 'a', 'b'}. */
    static String literals(List<String> texts) {
        return join(texts, Sql::literal);
    }

    static <T> String join(List<T> items, Function<T, String> each) {
        return items.stream().map(each).collect(Collectors.joining(", "));
    }

    /** {@code schema.table} as the catalog writes it (maybe quoted already), qualified with {@code defaultSchema} when bare. */
    static String ref(String ref, String defaultSchema) {
        List<String> p = PostgresTypes.parts(ref);
        return p.size() >= 2 ? qualified(p.get(p.size() - 2), p.get(p.size() - 1)) : qualified(defaultSchema, p.get(0));
    }

    /** A collation name: always quoted ({@code "C"}, {@code "en_US"} are case-sensitive), unless the catalog quoted it already. */
    static String collation(String c) {
        if (c == null) {
            return null;
        }
        if (c.contains("\"")) {
            return c;
        }
        return PostgresTypes.parts(c).stream().map(Identifiers::quote).collect(Collectors.joining("."));
    }

    /** A role as GRANT, POLICY and OWNER TO write it: {@code PUBLIC}, {@code CURRENT_USER} and the like as keywords. */
    static String role(String r) {
        return r.equalsIgnoreCase("public") ? "PUBLIC" : r.equals("CURRENT_USER") || r.equals("SESSION_USER") ? r : ident(r);
    }

    /** {@code schema.name} for comments and object names of the plan (never quoted). */
    static String display(String schema, String name) {
        return schema + "." + name;
    }
}
