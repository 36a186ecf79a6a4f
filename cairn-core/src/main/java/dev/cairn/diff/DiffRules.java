package dev.cairn.diff;

import java.util.List;

/**
 * The questions about a dialect's types and names that the differ asks while comparing two catalogs. Types are
 * written as the catalog holds them (PostgreSQL: {@code format_type}, e.g. {@code character varying(20)[]}).
 */
public interface DiffRules {

    /** Splits a possibly qualified, possibly quoted name ({@code schema.name}, {@code "My Schema".t.c}) into its unquoted parts. */
    List<String> parts(String name);

    /** Whether a type is an array type. */
    boolean isArray(String type);

    /** The element type of an array type, the type itself otherwise. */
    String element(String type);

    /** Whether a column of type {@code from} can take type {@code to} without a USING conversion (an assignment cast). */
    boolean assignable(String from, String to);

    /**
     * How a column of type {@code from} is converted to {@code to} in a type change that needs a conversion.
     * {@code fromCastless} and {@code toCastless} say that the differ knows the type as one that casts only to and
     * from strings (an enum, a composite or a range type of the catalog).
     */
    Conversion conversion(String from, String to, boolean fromCastless, boolean toCastless);

    /**
     * The name the dialect gives a column's NOT NULL constraint when the schema names none and the name is free
     * (PostgreSQL 18: {@code <table>_<column>_not_null}); null for a dialect whose NOT NULLs have no names. The
     * catalog leaves a NOT NULL constraint of that name out, so this is the name of a NOT NULL column that has no
     * NOT NULL constraint in the catalog.
     */
    default String defaultNotNullName(String table, String column) {
        return null;
    }

    /**
     * Whether the dialect could have chosen {@code name} by itself for the NOT NULL constraint of some column of
     * {@code table} (PostgreSQL: also after a collision, a shortening or a column rename), or with {@code table} null,
     * of some table (the table may have been renamed since). Such a name follows its column: it is neither compared
     * nor written. Only other names are the schema's own.
     */
    default boolean generatedNotNullName(String name, String table) {
        return false;
    }

    /** The conversion expression a type change uses for a column {@code col}. */
    enum Conversion {
        /** {@code col::type}: a cast exists. */
        DIRECT,
        /** {@code ARRAY[col]}: an element becomes a one-element array of itself. */
        ARRAY_WRAP,
        /** {@code (col)[1]}: an array becomes its first element (the others are lost). */
        FIRST_ELEMENT,
        /** {@code col::integer::type}: between boolean and numeric types. */
        THROUGH_INTEGER,
        /** {@code col::text::type}: no cast exists; the text form is read as the new type. */
        THROUGH_TEXT
    }
}
