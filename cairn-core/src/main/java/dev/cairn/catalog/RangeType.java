package dev.cairn.catalog;

/** {@code CREATE TYPE … AS RANGE}. Optional parts are null when they are the defaults. */
public record RangeType(String schema, String name, String subtype, String subtypeOpClass, String collation,
        String canonical, String subtypeDiff, String multirangeTypeName, String comment, String owner) {}
