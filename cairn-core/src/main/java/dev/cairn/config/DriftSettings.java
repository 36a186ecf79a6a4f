package dev.cairn.config;

import java.util.List;

/**
 * The {@code drift:} section of cairn.yaml: what {@code cairn drift} leaves out of the comparison.
 *
 * @param ignore        glob patterns ({@code *}, {@code ?}) on qualified names: {@code public.legacy_*},
 *                      {@code audit}, {@code public.users.notes}. A pattern that matches an object also
 *                      covers what lives in it (a schema's objects, a table's columns, indexes…)
 * @param ignoreSchemas glob patterns on schema names: every object in a matching schema is left out
 */
public record DriftSettings(List<String> ignore, List<String> ignoreSchemas) {
    public static final DriftSettings DEFAULT = new DriftSettings(List.of(), List.of());

    public DriftSettings {
        ignore = List.copyOf(ignore);
        ignoreSchemas = List.copyOf(ignoreSchemas);
    }
}
