package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import dev.cairn.diff.Change.Grant;
import dev.cairn.diff.Change.Revoke;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grants, when the options ask for them. A privilege on an object that survives is granted or revoked as it
 * appears or goes; an object created (or recreated) starts with PostgreSQL's default privileges for PUBLIC, so
 * it is granted what the target adds to those and revoked the defaults the target lacks. The owner's own entries are
 * compared by {@link OwnerPrivileges}.
 */
final class PrivilegeDiff implements KindDiff<Privilege> {
    private Set<Privilege> from;
    private Set<Privilege> to;
    /** Objects of the target's privileges that are new or recreated. */
    private final Set<ObjectRef> fresh = new TreeSet<>();
    private DefaultPrivileges defaultPrivileges;

    @Override
    public boolean applies(DiffContext ctx) {
        return ctx.options().privileges();
    }

    /** The owner's own entries go to {@link OwnerPrivileges}, default privileges to {@link DefaultPrivileges}. */
    @Override
    public List<Privilege> objects(Catalog catalog) {
        return catalog.privileges().stream().filter(p -> !p.ofOwner() && !DefaultPrivileges.is(p)).toList();
    }

    @Override
    public String key(Privilege p) {
        return p.toString();
    }

    @Override
    public void begin(DiffContext ctx, Map<String, Privilege> f, Map<String, Privilege> t) {
        from = Set.copyOf(f.values());
        to = Set.copyOf(t.values());
        defaultPrivileges = new DefaultPrivileges(ctx.from(), ctx.to());
        for (Privilege p : ctx.to().privileges()) {
            if (!DefaultPrivileges.is(p) && !survives(ctx, p.object())) {
                fresh.add(p.object());
            }
        }
    }

    @Override
    public void added(DiffContext ctx, Privilege p) {
        grant(ctx, p);
    }

    @Override
    public void changed(DiffContext ctx, Privilege o, Privilege p) {
        grant(ctx, p);
    }

    @Override
    public void unchanged(DiffContext ctx, Privilege o, Privilege p) {
        grant(ctx, p);
    }

    /**
     * A new object is granted what its built-in defaults lack; when default privileges of the target may apply to it
     * (they depend on the role creating it, unknown here), everything it has, so it ends the same either way.
     */
    private void grant(DiffContext ctx, Privilege p) {
        boolean isNew = fresh.contains(p.object());
        boolean startsKnown = !isNew || defaultPrivileges.applying(p.object()).isEmpty();
        if (isNew ? !startsKnown || !defaults(p.object()).contains(p) : !from.contains(p)) {
            ctx.plain(Rank.GRANT, p.object().toString() + " " + p.grantee(), new Grant(p));
        }
    }

    @Override
    public void removed(DiffContext ctx, Privilege p) {
        if (survives(ctx, p.object()) && (!p.object().kind().equals(ObjectRef.KIND_IDENTITY_SEQUENCE) || hasIdentity(ctx, p.object()))) {
            ctx.plain(Rank.REVOKE, p.object().toString() + " " + p.grantee(), new Revoke(p));
        }
    }

    /** A new object starts with PostgreSQL's default privileges for PUBLIC: revoke those the target lacks. */
    @Override
    public void end(DiffContext ctx) {
        defaultPrivileges.diff(ctx);
        new OwnerPrivileges(ctx.from(), ctx.to()).diff(ctx, fresh, o -> survives(ctx, o), defaultPrivileges::applying);
        for (ObjectRef o : fresh) {
            Set<Privilege> granted = new TreeSet<>(java.util.Comparator.comparing(Privilege::toString));
            granted.addAll(defaults(o));
            // what the target's default privileges may have given it (a role's own privileges are its owner's)
            for (Privilege d : defaultPrivileges.applying(o)) {
                if (!d.ofOwner() && !d.grantee().equals(d.object().defaultRole())) {
                    granted.add(new Privilege(o, d.grantee(), d.privilege(), false));
                }
            }
            for (Privilege d : granted) {
                if (to.stream().noneMatch(x -> x.object().equals(o) && x.grantee().equals(d.grantee()) && x.privilege().equals(d.privilege()))) {
                    ctx.plain(Rank.REVOKE, o + " " + d.grantee(), new Revoke(d));
                }
            }
        }
    }

    /** What PUBLIC may do with a newly created object: EXECUTE routines, USE types. */
    private static List<Privilege> defaults(ObjectRef o) {
        return switch (o.kind()) {
            case ObjectRef.KIND_ROUTINE -> List.of(new Privilege(o, "PUBLIC", "EXECUTE", false));
            case ObjectRef.KIND_TYPE -> List.of(new Privilege(o, "PUBLIC", "USAGE", false));
            default -> List.of();
        };
    }

    /** Whether the target still has the identity column whose sequence {@code r} is (else its sequence went with it). */
    private static boolean hasIdentity(DiffContext ctx, ObjectRef r) {
        String table = Keys.tableOfColumnRef(r.name());
        String column = r.name().substring(table.length() + 1);
        return ctx.to().table(r.schema(), table).map(t -> TableParts.column(t, column)).map(c -> c.identity() != null).orElse(false);
    }

    /** Whether the object exists before and after without being recreated. */
    private static boolean survives(DiffContext ctx, ObjectRef r) {
        String k = Keys.of(r);
        if (ctx.isRecreated(k)) {
            return false;
        }
        if (r.kind().equals(ObjectRef.KIND_COLUMN)) {
            String table = Keys.tableOfColumnRef(r.name());
            if (ctx.recreatedColumns(r.schema() + "." + table).contains(r.name().substring(table.length() + 1))) {
                return false; // dropped and added again: its grants went with it
            }
        }
        return ctx.existsOnBothSides(k) || k.startsWith(Keys.SCHEMA);
    }
}
