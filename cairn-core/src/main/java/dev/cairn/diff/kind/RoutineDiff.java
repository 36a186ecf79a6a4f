package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Routine;
import dev.cairn.diff.Change.CreateRoutine;
import dev.cairn.diff.Change.DropRoutine;
import dev.cairn.diff.Change.ReplaceRoutine;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Functions, procedures and aggregates: CREATE OR REPLACE where it can, else dropped and created again (a new
 * kind, return type or signature, or something they depend on changed: see {@link DependentRebuilds}).
 */
final class RoutineDiff extends RecreatableKind<Routine> {

    @Override
    public List<Routine> objects(Catalog catalog) {
        return catalog.routines();
    }

    @Override
    public String key(Routine r) {
        return Keys.routine(r);
    }

    /** Views and routines are rebuilt together: which ones is known before either is compared. */
    @Override
    public void begin(DiffContext ctx, Map<String, Routine> from, Map<String, Routine> to) {
        DependentRebuilds.find(ctx, from, to);
    }

    @Override
    void compare(DiffContext ctx, Routine o, Routine r) {
        String k = key(r);
        boolean fresh = o == null || ctx.isDependentRebuild(k);
        if (o != null && ctx.isDependentRebuild(k)) {
            ctx.drop(Rank.DROP_RECREATED_ROUTINE, k, k, new DropRoutine(o));
            ctx.markRecreated(k);
        }
        if (r.definition() == null) {
            ctx.unsupported(k, "no definition to create it from: create it by hand");
        } else if (fresh) {
            ctx.create(Rank.CREATE_ROUTINE, k, k, new CreateRoutine(r));
        } else if (!Objects.equals(o.definition(), r.definition())) {
            ctx.create(Rank.CREATE_ROUTINE, k, k, new ReplaceRoutine(o, r));
        }
        Target target = target(r);
        CommentsAndOwners.of(ctx, target, o, r, Routine::comment, Routine::owner, fresh);
    }

    @Override
    public void removed(DiffContext ctx, Routine o) {
        String k = key(o);
        ctx.drop(ctx.dropRankByRowTypes(k, Rank.DROP_ROUTINE, Rank.DROP_ROUTINE), k, k, new DropRoutine(o));
    }

    private static Target target(Routine r) {
        Target.Kind kind = switch (r.kind()) {
            case PROCEDURE -> Target.Kind.PROCEDURE;
            case AGGREGATE -> Target.Kind.AGGREGATE;
            default -> Target.Kind.FUNCTION;
        };
        return new Target(kind, r.schema(), null, r.name(), r.identityArguments());
    }

    /**
     * CREATE OR REPLACE cannot remove a parameter default nor rename a parameter: when the signature line of
     * {@code pg_get_functiondef} changes other than by gaining defaults, the routine is dropped and created again.
     */
    static boolean replaceableSignature(Routine o, Routine r) {
        if (o.definition() == null || r.definition() == null) {
            return true;
        }
        String a = signatureLine(o);
        String b = signatureLine(r);
        if (a.equals(b)) {
            return true;
        }
        return !a.contains(" DEFAULT ") && withoutDefaults(a).equals(withoutDefaults(b));
    }

    /** The first line of a definition; for an aggregate (one line), the part before its options. */
    private static String signatureLine(Routine r) {
        String line = r.definition().lines().findFirst().orElse("");
        int options = r.kind() == Routine.Kind.AGGREGATE ? line.indexOf(") (") : -1;
        return options < 0 ? line : line.substring(0, options + 1);
    }

    /** The signature line without its {@code DEFAULT …} clauses (up to the next comma or closing parenthesis at depth 0). */
    private static String withoutDefaults(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (line.startsWith(" DEFAULT ", i)) {
                int depth = 0;
                boolean quoted = false;
                int j = i + " DEFAULT ".length();
                for (; j < line.length(); j++) {
                    char ch = line.charAt(j);
                    if (ch == '\'') {
                        quoted = !quoted;
                    } else if (!quoted && ch == '(') {
                        depth++;
                    } else if (!quoted && (ch == ')' || ch == ',')) {
                        if (depth == 0) {
                            break;
                        }
                        if (ch == ')') {
                            depth--;
                        }
                    }
                }
                i = j;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }
}
