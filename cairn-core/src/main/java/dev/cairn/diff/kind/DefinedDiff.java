package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DefinedObject.Setting;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.diff.Change.CreateDefined;
import dev.cairn.diff.Change.DropDefined;
import dev.cairn.diff.Change.SetDefinedComment;
import dev.cairn.diff.Change.SetDefinedOwner;
import dev.cairn.diff.Change.SetDefinedSettings;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every {@link DefinedObject} kind (collations, casts, rules, statistics objects, event triggers, text search
 * objects…), by its definition: created after what it uses and dropped before it (the ranks of its kind's
 * {@link DefinedKind.Stage}, then the dependency order), dropped and created again when its {@code create} text
 * changes or when something it uses is dropped and created again (a cast's function, a rule's view, a column whose
 * type changes under a rule or statistics object), altered in place when only settings, comment or owner change.
 *
 * <p>An object that must be created again while kept objects still use it (a collation of a kept column) is not
 * touched: the diff warns, naming it, instead of emitting a drop that would fail.
 */
final class DefinedDiff extends RecreatableKind<DefinedObject> {
    /** Keys of the objects dropped and created again. */
    private final Set<String> recreate = new TreeSet<>();

    @Override
    public List<DefinedObject> objects(Catalog catalog) {
        return catalog.defined();
    }

    @Override
    public String key(DefinedObject o) {
        return Keys.defined(o);
    }

    @Override
    public void begin(DiffContext ctx, Map<String, DefinedObject> from, Map<String, DefinedObject> to) {
        to.forEach((k, t) -> {
            DefinedObject o = from.get(k);
            if (o != null && !o.create().equals(t.create())) {
                recreate.add(k);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, DefinedObject> e : from.entrySet()) {
                String k = e.getKey();
                if (to.containsKey(k) && !recreate.contains(k) && e.getValue().kind() != DefinedKind.UNMODELLED
                        && usesChanged(ctx, e.getValue())) {
                    recreate.add(k);
                    grew = true;
                }
            }
        }
        // an object kept objects use cannot be dropped: leave it (and, in turn, what it alone would let go) alone
        boolean shrank = true;
        while (shrank) {
            shrank = false;
            for (String k : List.copyOf(recreate)) {
                List<String> users = ctx.dependentsOf(k).stream()
                        .filter(d -> !recreate.contains(d) && !goes(d, from, to) && !ctx.isDependentRebuild(d))
                        .map(d -> readable(d, from)).toList();
                if (!users.isEmpty()) {
                    recreate.remove(k);
                    shrank = true;
                    ctx.unsupported(from.get(k).describe(), "changes, but " + String.join(", ", users) + " still use"
                            + (users.size() == 1 ? "s" : "") + " it: Cairn does not drop and create it again around them;"
                            + " change it by hand (the plan leaves it as it is)");
                }
            }
        }
        recreate.forEach(ctx::markChanged);
    }

    /** Whether something the object uses is dropped and created again, or changes under it. */
    private boolean usesChanged(DiffContext ctx, DefinedObject o) {
        for (ObjectRef r : o.dependsOn()) {
            if (recreate.contains(Keys.of(r))) {
                return true;
            }
        }
        return DependentRebuilds.dependsOnChanged(ctx, o.dependsOn());
    }

    /** A dependency key as a user reads it: {@code public.t} for {@code rel:public.t}, a defined object described. */
    private static String readable(String key, Map<String, DefinedObject> from) {
        DefinedObject d = from.get(key);
        return d != null ? d.describe() : key.substring(key.indexOf(':') + 1);
    }

    /** A defined object that only the source has: it is dropped before (or with) what it uses. */
    private static boolean goes(String key, Map<String, DefinedObject> from, Map<String, DefinedObject> to) {
        return key.startsWith(Keys.DEFINED) && from.containsKey(key) && !to.containsKey(key);
    }

    @Override
    void compare(DiffContext ctx, DefinedObject o, DefinedObject now) {
        if (now.kind() == DefinedKind.UNMODELLED) {
            if (o == null) {
                ctx.unsupported(now.name(), "is not modelled by Cairn: the plan does not create it; create it by hand"
                        + " before applying the plan");
            } else {
                List<String> changing = changingUses(ctx, o);
                if (!changing.isEmpty()) {
                    ctx.unsupported(o.name(), "uses " + String.join(", ", changing) + ", which the plan drops and creates"
                            + " again: Cairn does not model it, so drop it by hand before the plan and create it again after");
                }
            }
            return;
        }
        String k = key(now);
        boolean fresh = o == null || recreate.contains(k);
        if (o != null && fresh) {
            ctx.drop(Rank.DROP_DEFINED, k, now.describe(), new DropDefined(o));
            ctx.markRecreated(k);
        }
        if (fresh) {
            ctx.create(createRank(now.kind()), k, now.describe(), new CreateDefined(now));
        } else if (!o.create().equals(now.create())) {
            return; // kept as it is: begin() warned
        } else {
            settings(ctx, k, o, now);
        }
        // after the object's own changes (an event trigger is created in the last phase: so are they)
        boolean last = now.kind().stage() == DefinedKind.Stage.LAST;
        String fromComment = fresh ? null : o.comment();
        if (!Objects.equals(fromComment, now.comment())) {
            ctx.emit(last ? Rank.CREATE_DEFINED_LAST : Rank.COMMENT, now.describe(), new SetDefinedComment(now, now.comment()),
                    Set.of(k), Set.of());
        }
        if (ctx.options().ownership() && now.owner() != null && (fresh || !now.owner().equals(o.owner()))) {
            ctx.emit(last ? Rank.CREATE_DEFINED_LAST : Rank.OWNER, now.describe(), new SetDefinedOwner(now, now.owner()),
                    Set.of(k), Set.of());
        }
    }

    /** Settings that differ: the target's are set, the source's the target lacks are removed. */
    private static void settings(DiffContext ctx, String k, DefinedObject o, DefinedObject now) {
        List<Setting> set = new ArrayList<>();
        List<Setting> unset = new ArrayList<>();
        for (Setting s : now.settings()) {
            Setting was = o.setting(s.name());
            if (was == null ? !s.implied() : !Objects.equals(was.value(), s.value())) {
                set.add(s);
            }
        }
        for (Setting s : o.settings()) {
            if (now.setting(s.name()) == null && s.unset() != null) {
                unset.add(s);
            }
        }
        if (!set.isEmpty() || !unset.isEmpty()) {
            ctx.create(createRank(now.kind()), k, now.describe(), new SetDefinedSettings(now, set, unset));
        }
    }

    /** What an object uses that the plan drops, or drops and creates again, readable. */
    private static List<String> changingUses(DiffContext ctx, DefinedObject o) {
        List<String> out = new ArrayList<>();
        for (ObjectRef r : o.dependsOn()) {
            String k = r.kind().equals(ObjectRef.KIND_COLUMN) ? Keys.COLUMN + r.schema() + "." + r.name() : Keys.of(r);
            if (ctx.goesAway(k) || ctx.isChanged(k)) {
                out.add(r.toString());
            }
        }
        return out;
    }

    @Override
    public void removed(DiffContext ctx, DefinedObject o) {
        if (o.kind() == DefinedKind.UNMODELLED) {
            List<String> gone = changingUses(ctx, o);
            ctx.unsupported(o.name(), "is not modelled by Cairn: the plan does not drop it; drop it by hand"
                    + (gone.isEmpty() ? "" : " before applying the plan (it uses " + String.join(", ", gone)
                            + ", which the plan drops)"));
            return;
        }
        // last, unless something it uses is dropped and created again first (then before that, in the same phase)
        boolean early = o.kind().stage() != DefinedKind.Stage.BEFORE_TYPES
                || o.dependsOn().stream().anyMatch(r -> recreate.contains(Keys.of(r)));
        Rank rank = early ? Rank.DROP_DEFINED : Rank.DROP_DEFINED_LAST;
        ctx.drop(rank, key(o), o.describe(), new DropDefined(o));
    }

    private static Rank createRank(DefinedKind kind) {
        return switch (kind.stage()) {
            case BEFORE_TYPES -> Rank.CREATE_DEFINED_EARLY;
            case AFTER_ROUTINES -> Rank.CREATE_DEFINED;
            case AFTER_RELATIONS -> Rank.CREATE_DEFINED_LATE;
            case LAST -> Rank.CREATE_DEFINED_LAST;
        };
    }
}
