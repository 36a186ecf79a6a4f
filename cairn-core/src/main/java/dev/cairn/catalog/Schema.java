package dev.cairn.catalog;

/** A schema ({@code CREATE SCHEMA}). {@code owner} is null unless ownership is included by configuration. */
public record Schema(String name, String comment, String owner) {}
