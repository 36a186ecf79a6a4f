package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AlterSequence;
import dev.cairn.diff.Change.CreateSequence;
import dev.cairn.diff.Change.DropSequence;
import dev.cairn.diff.Change.RenameSequence;
import dev.cairn.diff.Change.SetSequenceOwnedBy;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import dev.cairn.sql.Identifiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sequences: options altered, ownership moved (released before the drops, set after the columns exist). A
 * sequence that disappears while one with the same options and owner appears was renamed (typically with its
 * table or column): it is renamed, keeping its position, and the defaults naming it follow.
 */
final class SequenceDiff implements KindDiff<Sequence> {
    /** Target sequences that are renamed ones of the source, by key. */
    private final Map<String, Sequence> renamedFrom = new HashMap<>();

    @Override
    public List<Sequence> objects(Catalog catalog) {
        return catalog.sequences();
    }

    @Override
    public String key(Sequence s) {
        return s.schema() + "." + s.name();
    }

    @Override
    public void begin(DiffContext ctx, Map<String, Sequence> f, Map<String, Sequence> t) {
        for (Sequence s : t.values()) {
            if (f.containsKey(key(s)) || s.ownedBy() == null) {
                continue;
            }
            f.values().stream().filter(o -> !t.containsKey(key(o)) && !renamedFrom.containsValue(o)
                    && o.schema().equals(s.schema()) && o.options().equals(s.options())
                    && normOwner(ctx, o).equals(normOwner(ctx, s)))
                    .findFirst().ifPresent(o -> {
                        renamedFrom.put(key(s), o);
                        ctx.markSequenceRenamed("'" + Identifiers.qualified(o.schema(), o.name()) + "'",
                                "'" + Identifiers.qualified(s.schema(), s.name()) + "'");
                        ctx.plain(Rank.RENAME_SEQUENCE, key(o), new RenameSequence(o, s.name()));
                    });
        }
    }

    @Override
    public void added(DiffContext ctx, Sequence s) {
        Sequence r = renamedFrom.get(key(s));
        if (r != null) {
            changed(ctx, new Sequence(s.schema(), s.name(), r.options(), r.ownedBy(), r.comment(), r.owner()), s);
            return;
        }
        String name = key(s);
        ctx.create(Rank.CREATE_SEQUENCE, Keys.relation(s.schema(), s.name()), name, new CreateSequence(s));
        if (s.ownedBy() != null) {
            ctx.plain(Rank.SEQUENCE_OWNED_BY, name, new SetSequenceOwnedBy(s, s.ownedBy()));
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.SEQUENCE, s.schema(), s.name()), null, s, Sequence::comment, Sequence::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, Sequence old, Sequence s) {
        String name = key(s);
        if (!old.options().equals(s.options())) {
            ctx.create(Rank.CREATE_SEQUENCE, Keys.relation(s.schema(), s.name()), name, new AlterSequence(old, s));
        }
        if (!Objects.equals(old.ownedBy(), s.ownedBy())) {
            if (old.ownedBy() != null) {
                ctx.plain(Rank.DETACH_SEQUENCE_OWNER, name, new SetSequenceOwnedBy(old, null));
            }
            if (s.ownedBy() != null) {
                ctx.plain(Rank.SEQUENCE_OWNED_BY, name, new SetSequenceOwnedBy(s, s.ownedBy()));
            }
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.SEQUENCE, s.schema(), s.name()), old, s, Sequence::comment, Sequence::owner, false);
    }

    @Override
    public void removed(DiffContext ctx, Sequence s) {
        if (!renamedFrom.containsValue(s)) {
            ctx.drop(Rank.DROP_SEQUENCE, Keys.relation(s.schema(), s.name()), key(s), new DropSequence(s, ownerDropped(ctx, s)));
        }
    }

    private static String normOwner(DiffContext ctx, Sequence s) {
        List<String> p = ctx.rules().parts(s.ownedBy());
        return p.size() == 3 ? String.join(".", p) : s.schema() + "." + String.join(".", p);
    }

    /** Whether the table or column owning the sequence is dropped (which drops the sequence with it). */
    private static boolean ownerDropped(DiffContext ctx, Sequence s) {
        if (s.ownedBy() == null) {
            return false;
        }
        List<String> parts = ctx.rules().parts(s.ownedBy());
        String schema = parts.size() == 3 ? parts.get(0) : s.schema();
        String table = parts.get(parts.size() - 2);
        String column = parts.get(parts.size() - 1);
        Table t = ctx.to().table(schema, table).orElse(null);
        Table f = ctx.from().table(schema, table).orElse(null);
        if (t == null || f != null && TableParts.replaced(f, t)) {
            return true;
        }
        Column tc = TableParts.column(t, column);
        Column fc = f == null ? null : TableParts.column(f, column);
        return tc == null || fc != null && !Objects.equals(fc.generatedExpr(), tc.generatedExpr());
    }
}
