package dev.cairn.catalog;

import java.util.List;

/**
 * An object modelled by its canonical definition: what identifies it ({@link DefinedKind kind}, schema, name), the
 * statements that create it as the inspector printed them, and the settings that can be changed in place. Two
 * objects with the same key and the same {@code create} text are the same object; a different {@code create} text
 * means dropping it and creating it again, a different setting only running the setting's statement.
 *
 * <p>The text is the dialect's own (as a view's definition is): the inspector builds it deterministically from
 * the catalogs ({@code pg_get_*def} where PostgreSQL has one), fully schema-qualified.
 *
 * @param schema null for kinds without one (casts, event triggers)
 * @param name unique within kind and schema: a rule's is {@code table.rule}, a cast's {@code source AS target}
 * @param address how statements name it after their verb: {@code COLLATION public.c}, {@code CAST (text AS public.t)},
 *     {@code RULE r ON public.t} ({@code DROP <address>}, {@code COMMENT ON <address>}, {@code ALTER <address> OWNER TO})
 * @param create the statements that create it, without their settings (run in order)
 * @param settings the alterable settings, sorted by name
 * @param owner null when ownership is not read or the kind has no owner of its own
 * @param dependsOn what it uses (routines, types, relations, columns, other defined objects)
 * @param relation the table or view it belongs to ({@code schema.name}: a rule's, a statistics object's), whose lock
 *     its statements take; null for the others
 */
public record DefinedObject(DefinedKind kind, String schema, String name, String address, List<String> create,
        List<Setting> settings, String comment, String owner, List<ObjectRef> dependsOn, String relation) {

    /** An object that belongs to no relation. */
    public DefinedObject(DefinedKind kind, String schema, String name, String address, List<String> create,
            List<Setting> settings, String comment, String owner, List<ObjectRef> dependsOn) {
        this(kind, schema, name, address, create, settings, comment, owner, dependsOn, null);
    }

    public DefinedObject {
        create = List.copyOf(create);
        settings = settings == null ? List.of() : settings.stream().sorted(java.util.Comparator.comparing(Setting::name)).toList();
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /**
     * One alterable setting: its {@code value} (what is compared), the statement giving it that value, the
     * statement removing it when the other side has no such setting (null when it cannot be absent), and whether
     * {@code create} already gives it (then a new object needs no {@code set}).
     */
    public record Setting(String name, String value, String set, String unset, boolean implied) {}

    /** {@code schema.name}, or the name alone. */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    /** {@code collation public.c}: for messages. */
    public String describe() {
        return kind.refKind() + " " + qualifiedName();
    }

    public Setting setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
