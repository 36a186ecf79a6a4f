package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import dev.cairn.diff.Change.Grant;
import dev.cairn.diff.Change.Revoke;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The owner's own privileges ({@link Privilege#ofOwner()}): per object, the default privileges the owner lacks and
 * those it holds with grant option. They are compared regardless of the owner's name (PostgreSQL moves them to the
 * new owner on {@code ALTER … OWNER TO}, which runs before grants), and each object whose state differs gets, in this
 * order: its lost defaults back ({@code GRANT ALL}) and its grant options dropped ({@code REVOKE GRANT OPTION FOR ALL})
 * when the target keeps fewer of either, then the target's revocations and grant options.
 */
final class OwnerPrivileges {
    /** The owner's rows by object, both sides. */
    private final Map<ObjectRef, List<Privilege>> from = new TreeMap<>();
    private final Map<ObjectRef, List<Privilege>> to = new TreeMap<>();

    OwnerPrivileges(Catalog f, Catalog t) {
        f.privileges().stream().filter(OwnerPrivileges::is).forEach(p -> from.computeIfAbsent(p.object(), o -> new ArrayList<>()).add(p));
        t.privileges().stream().filter(OwnerPrivileges::is).forEach(p -> to.computeIfAbsent(p.object(), o -> new ArrayList<>()).add(p));
    }

    private static boolean is(Privilege p) {
        return p.ofOwner() && !DefaultPrivileges.is(p);
    }

    /**
     * Emits what turns each object's owner privileges into the target's. {@code fresh}: objects created by the plan
     * (they start with the defaults, or with what {@code applying} default privileges of the target may give their
     * owner: then they are reset first); {@code survives}: objects kept as they are.
     */
    void diff(DiffContext ctx, Set<ObjectRef> fresh, java.util.function.Predicate<ObjectRef> survives,
            java.util.function.Function<ObjectRef, List<Privilege>> applying) {
        Set<ObjectRef> objects = new TreeSet<>(to.keySet());
        objects.addAll(from.keySet());
        objects.addAll(fresh);
        for (ObjectRef o : objects) {
            boolean isNew = fresh.contains(o) || !survives.test(o);
            if (isNew && !to.containsKey(o) && !fresh.contains(o)) {
                continue; // dropped
            }
            Set<String> lackedBefore = isNew ? Set.of() : names(from.get(o), false);
            Set<String> optionsBefore = isNew ? Set.of() : names(from.get(o), true);
            if (isNew) { // the creating role's own default privileges may have cut or extended the owner's
                List<Privilege> own = applying.apply(o).stream().filter(d -> d.grantee().equals(d.object().defaultRole())).toList();
                lackedBefore = own.stream().anyMatch(Privilege::ofOwner) ? Set.of("ALL") : Set.of();
                optionsBefore = own.stream().anyMatch(d -> !d.ofOwner() && d.grantable()) ? Set.of("ALL") : Set.of();
            }
            Set<String> lacked = names(to.get(o), false);
            Set<String> options = names(to.get(o), true);
            if (lackedBefore.equals(lacked) && optionsBefore.equals(options)) {
                continue;
            }
            String owner = owner(ctx, o, isNew);
            String name = o + " " + "owner";
            boolean restore = !within(lackedBefore, lacked);
            if (restore) {
                ctx.plain(Rank.GRANT, name, new Grant(new Privilege(o, owner, "ALL", false)));
            }
            boolean dropOptions = !within(optionsBefore, options);
            if (dropOptions) {
                ctx.plain(Rank.GRANT, name, new Revoke(new Privilege(o, owner, Privilege.GRANT_OPTION_FOR + "ALL", false)));
            }
            for (String p : lacked) {
                if (restore || !lackedBefore.contains(p)) {
                    ctx.plain(Rank.GRANT, name, new Revoke(new Privilege(o, owner, p, false)));
                }
            }
            for (String p : options) {
                if (dropOptions || !optionsBefore.contains(p)) {
                    ctx.plain(Rank.GRANT, name, new Grant(new Privilege(o, owner, p, true)));
                }
            }
        }
    }

    /** Whether every privilege of {@code a} is in {@code b} ({@code ALL} contains every privilege). */
    private static boolean within(Set<String> a, Set<String> b) {
        return b.contains("ALL") || (!a.contains("ALL") && b.containsAll(a));
    }

    private static Set<String> names(List<Privilege> rows, boolean grantable) {
        return rows == null ? Set.of() : rows.stream().filter(p -> p.grantable() == grantable).map(Privilege::privilege)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /**
     * Who owns the object when the grants run (after {@code ALTER … OWNER TO}): the target's owner when owners are
     * compared; otherwise the live owner as the source read it, or, for an object the plan creates, whoever runs it.
     */
    private String owner(DiffContext ctx, ObjectRef o, boolean isNew) {
        if (ctx.options().ownership()) {
            String owner = ownerIn(ctx.to(), o);
            if (owner != null) {
                return owner;
            }
        } else if (isNew) {
            return "CURRENT_USER";
        }
        return Stream.of(from.get(o), to.get(o)).filter(Objects::nonNull).flatMap(List::stream).map(Privilege::grantee)
                .findFirst().orElse("CURRENT_USER");
    }

    /** The owner of {@code o} in {@code c} (null when not read). */
    private static String ownerIn(Catalog c, ObjectRef o) {
        return switch (o.kind()) {
            case ObjectRef.KIND_SCHEMA -> c.schemas().stream().filter(s -> s.name().equals(o.name())).map(s -> s.owner()).findFirst().orElse(null);
            case ObjectRef.KIND_TABLE -> c.table(o.schema(), o.name()).map(t -> t.owner()).orElse(null);
            case ObjectRef.KIND_VIEW -> c.view(o.schema(), o.name()).map(v -> v.owner()).orElse(null);
            case ObjectRef.KIND_SEQUENCE -> c.sequences().stream().filter(s -> s.schema().equals(o.schema()) && s.name().equals(o.name()))
                    .map(s -> s.owner()).findFirst().orElse(null);
            case ObjectRef.KIND_IDENTITY_SEQUENCE -> c.table(o.schema(), Keys.tableOfColumnRef(o.name())).map(t -> t.owner()).orElse(null);
            case ObjectRef.KIND_ROUTINE -> c.routines().stream().filter(r -> r.schema().equals(o.schema()) && r.signature().equals(o.name()))
                    .map(r -> r.owner()).findFirst().orElse(null);
            case ObjectRef.KIND_TYPE -> Stream.of(
                    c.enums().stream().filter(t -> t.schema().equals(o.schema()) && t.name().equals(o.name())).map(t -> t.owner()),
                    c.domains().stream().filter(t -> t.schema().equals(o.schema()) && t.name().equals(o.name())).map(t -> t.owner()),
                    c.composites().stream().filter(t -> t.schema().equals(o.schema()) && t.name().equals(o.name())).map(t -> t.owner()),
                    c.ranges().stream().filter(t -> t.schema().equals(o.schema()) && t.name().equals(o.name())).map(t -> t.owner()))
                    .flatMap(s -> s).filter(Objects::nonNull).findFirst().orElse(null);
            default -> null;
        };
    }
}
