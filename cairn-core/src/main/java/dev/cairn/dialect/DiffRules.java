package dev.cairn.dialect;

import java.util.List;

/** The type questions the differ asks the dialect while it compares two catalogs. */
public interface DiffRules {

    /** Whether a type name (as the catalog prints it) is an array type. */
    boolean isArray(String type);

    /** The element type of an array type name; the name itself otherwise. */
    String element(String type);

    /** The parts of a possibly qualified, possibly quoted name, unquoted ({@code "a.b".c} → [a.b, c]). */
    List<String> parts(String name);

    /** Whether a value of type {@code from} converts to {@code to} by assignment (no USING needed). */
    boolean assignable(String from, String to);

    /** How a column's values convert from one type to another; the castless flags mark types with no cast to text. */
    Conversion conversion(String from, String to, boolean fromCastless, boolean toCastless);

    /** How a column's values are converted when its type changes. */
    enum Conversion {
        DIRECT, ARRAY_WRAP, FIRST_ELEMENT, THROUGH_INTEGER, THROUGH_TEXT
    }
}
