package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.Schema;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.Grant;
import dev.cairn.diff.Change.Revoke;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Default privileges ({@link ObjectRef#KIND_DEFAULT_PRIVILEGES}): compared as sets of rows and changed with {@code
 * ALTER DEFAULT PRIVILEGES} early in the create phase (after the schemas), because PostgreSQL applies them when an
 * object is created: the objects the plan creates then get the target's defaults. Per object, in this order: built-in
 * defaults given back, extra grants taken away (only the grant option when the grantee holds the privilege by
 * default), built-in defaults taken away, extra grants added.
 */
final class DefaultPrivileges {
    private final Map<ObjectRef, List<Privilege>> from = new TreeMap<>();
    private final Map<ObjectRef, List<Privilege>> to = new TreeMap<>();

    DefaultPrivileges(Catalog f, Catalog t) {
        f.privileges().stream().filter(DefaultPrivileges::is).forEach(p -> from.computeIfAbsent(p.object(), o -> new ArrayList<>()).add(p));
        t.privileges().stream().filter(DefaultPrivileges::is).forEach(p -> to.computeIfAbsent(p.object(), o -> new ArrayList<>()).add(p));
    }

    static boolean is(Privilege p) {
        return p.object().kind().equals(ObjectRef.KIND_DEFAULT_PRIVILEGES);
    }

    void diff(DiffContext ctx) {
        Set<ObjectRef> objects = new TreeSet<>(to.keySet());
        objects.addAll(from.keySet());
        for (ObjectRef o : objects) {
            if (o.schema() != null && !hasSchema(ctx.to(), o.schema())) {
                continue; // they go with their schema
            }
            List<Privilege> f = o.schema() != null && !hasSchema(ctx.from(), o.schema()) ? List.of() : from.getOrDefault(o, List.of());
            List<Privilege> t = to.getOrDefault(o, List.of());
            Set<String> requires = o.schema() == null ? Set.of() : Set.of(Keys.schema(o.schema()));
            for (Privilege p : f) {
                if (p.ofOwner() && !t.contains(p)) {
                    emit(ctx, o, new Grant(plain(p, p.privilege(), false)), requires);
                }
            }
            for (Privilege p : f) {
                if (!p.ofOwner() && !t.contains(p)) {
                    boolean keepsPrivilege = p.grantable() && o.schema() == null && heldByDefault(o, p.grantee(), p.privilege())
                            && t.stream().noneMatch(x -> x.ofOwner() && x.grantee().equals(p.grantee())
                                    && (x.privilege().equals(p.privilege()) || x.privilege().equals("ALL")));
                    emit(ctx, o, new Revoke(plain(p, keepsPrivilege ? Privilege.GRANT_OPTION_FOR + p.privilege() : p.privilege(), false)),
                            requires);
                }
            }
            for (Privilege p : t) {
                if (p.ofOwner() && !f.contains(p)) {
                    emit(ctx, o, new Revoke(plain(p, p.privilege(), false)), requires);
                }
            }
            for (Privilege p : t) {
                if (!p.ofOwner() && !f.contains(p)) {
                    emit(ctx, o, new Grant(plain(p, p.privilege(), p.grantable())), requires);
                }
            }
        }
    }

    /**
     * The target's default privileges that apply to an object of kind {@code kind} in {@code schema} created by the
     * plan (by whichever role runs it: every role's are counted).
     */
    List<Privilege> applying(ObjectRef object) {
        String objects = objectsOf(object.kind());
        if (objects == null) {
            return List.of();
        }
        List<Privilege> result = new ArrayList<>();
        to.forEach((o, rows) -> {
            if (o.defaultObjects().equals(objects) && (o.schema() == null || o.schema().equals(object.schema()))) {
                result.addAll(rows);
            }
        });
        return result;
    }

    /** The {@code ON …} word of default privileges for objects of a privilege kind (null: none apply). */
    private static String objectsOf(String kind) {
        return switch (kind) {
            case ObjectRef.KIND_TABLE, ObjectRef.KIND_VIEW -> "TABLES";
            case ObjectRef.KIND_SEQUENCE, ObjectRef.KIND_IDENTITY_SEQUENCE -> "SEQUENCES";
            case ObjectRef.KIND_ROUTINE -> "FUNCTIONS";
            case ObjectRef.KIND_TYPE -> "TYPES";
            case ObjectRef.KIND_SCHEMA -> "SCHEMAS";
            default -> null;
        };
    }

    /** Whether the built-in defaults give {@code grantee} the privilege: the creating role all, PUBLIC some. */
    private static boolean heldByDefault(ObjectRef o, String grantee, String privilege) {
        if (grantee.equals(o.defaultRole())) {
            return true;
        }
        return grantee.equals("PUBLIC") && (o.defaultObjects().equals("FUNCTIONS") && privilege.equals("EXECUTE")
                || o.defaultObjects().equals("TYPES") && privilege.equals("USAGE"));
    }

    private static Privilege plain(Privilege p, String privilege, boolean grantable) {
        return new Privilege(p.object(), p.grantee(), privilege, grantable);
    }

    private static void emit(DiffContext ctx, ObjectRef o, Change change, Set<String> requires) {
        ctx.emit(Rank.DEFAULT_PRIVILEGES, o.toString(), change, Set.of(), requires);
    }

    private static boolean hasSchema(Catalog c, String schema) {
        return c.schemas().stream().map(Schema::name).anyMatch(schema::equals);
    }
}
