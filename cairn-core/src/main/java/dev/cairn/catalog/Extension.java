package dev.cairn.catalog;

import java.util.List;

/**
 * An installed extension and the schema its objects live in; objects it owns are not listed elsewhere.
 *
 * @param updatableTo the versions the server's update scripts reach from the installed {@code version}
 *                    ({@code pg_extension_update_paths}), sorted; null when unknown (a snapshot written before Cairn
 *                    read them, or an extension whose control file the server lacks)
 * @param defaultVersion whether {@code version} is the server's default version of the extension (null when unknown):
 *                       then it is created without naming a version, so a migration written on one major installs the
 *                       default of another major it runs on; any other version is named ({@code VERSION '1.4'})
 */
public record Extension(String name, String schema, String version, String comment, List<String> updatableTo,
        Boolean defaultVersion) {

    public Extension {
        updatableTo = updatableTo == null ? null : List.copyOf(updatableTo);
    }

    /** Without the update paths and whether the version is the default (unknown). */
    public Extension(String name, String schema, String version, String comment) {
        this(name, schema, version, comment, null, null);
    }
}
