package dev.cairn.catalog;

import java.util.List;

/**
 * An installed extension and the schema its objects live in; objects it owns are not listed elsewhere.
 *
 * @param updatableTo the versions the server's update scripts reach from the installed {@code version}
 *                    ({@code pg_extension_update_paths}), sorted; null when unknown (a snapshot written before Cairn
 *                    read them, or an extension whose control file the server lacks)
 */
public record Extension(String name, String schema, String version, String comment, List<String> updatableTo) {

    public Extension {
        updatableTo = updatableTo == null ? null : List.copyOf(updatableTo);
    }

    /** Without the update paths (unknown). */
    public Extension(String name, String schema, String version, String comment) {
        this(name, schema, version, comment, null);
    }
}
