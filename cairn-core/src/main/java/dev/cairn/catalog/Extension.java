package dev.cairn.catalog;

/** An installed extension and the schema its objects live in; objects it owns are not listed elsewhere. */
public record Extension(String name, String schema, String version, String comment) {}
