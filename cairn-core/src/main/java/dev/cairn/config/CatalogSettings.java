package dev.cairn.config;

import java.util.List;

/**
 * The {@code catalog:} section of cairn.yaml: which part of a database Cairn reads and compares.
 *
 * @param schemas        only these schemas; empty means every non-system schema
 * @param excludeSchemas never these schemas
 * @param ownership      compare owners
 * @param privileges     compare GRANTs
 */
public record CatalogSettings(List<String> schemas, List<String> excludeSchemas, boolean ownership, boolean privileges) {
    public static final CatalogSettings DEFAULT = new CatalogSettings(List.of(), List.of(), false, false);

    public CatalogSettings {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
    }
}
