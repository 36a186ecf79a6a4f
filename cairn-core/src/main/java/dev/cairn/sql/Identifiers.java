package dev.cairn.sql;

import java.util.Set;

/** PostgreSQL identifier quoting. */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Keywords that are not UNRESERVED in PostgreSQL 18 ({@code pg_get_keywords()} with
     * {@code catcode <> 'U'}): as identifiers they must be quoted, as {@code quote_ident} does.
     */
    static final Set<String> KEYWORDS = Set.of(
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
            "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
            "unique", "user", "using", "variadic", "when", "where", "window", "with",
            // type or function names
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose",
            // column names
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
            "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
            "json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
            "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
            "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    /** Always quotes: safe for any name, including mixed case and reserved words. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Quotes exactly when PostgreSQL needs it (as {@code quote_ident} does): unless the name is a
     * lower-case ASCII letter or underscore followed by lower-case ASCII letters, digits and
     * underscores, and not a keyword that is reserved in any way.
     */
    public static String quoteIfNeeded(String name) {
        return needsQuotes(name) ? quote(name) : name;
    }

    public static boolean needsQuotes(String name) {
        if (name.isEmpty()) {
            return true;
        }
        char first = name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || first == '_')) {
            return true;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return true;
            }
        }
        return KEYWORDS.contains(name);
    }

    /** {@code schema.name}, each part quoted only when needed; a null schema gives just the name. */
    public static String qualified(String schema, String name) {
        return schema == null ? quoteIfNeeded(name) : quoteIfNeeded(schema) + "." + quoteIfNeeded(name);
    }

    /** A SQL string literal: single quotes doubled; an E'' literal when the text holds a backslash. */
    public static String literal(String text) {
        String body = "'" + text.replace("'", "''") + "'";
        return text.indexOf('\\') >= 0 ? "E" + body.replace("\\", "\\\\") : body;
    }
}
