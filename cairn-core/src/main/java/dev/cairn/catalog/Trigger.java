package dev.cairn.catalog;

/** A trigger; {@code definition} is {@code pg_get_triggerdef}'s text ({@code CREATE [CONSTRAINT] TRIGGER …}). */
public record Trigger(String name, String definition, boolean constraintTrigger, String enabled, String comment) {}
