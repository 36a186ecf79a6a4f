package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Schema;
import dev.cairn.postgres.dialect.PostgresDiffRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walker pairs a kind's objects by key and hands them over in a fixed order, knowing nothing of the kind. */
class DiffWalkerTest {

    /** A kind the walker has never heard of: it records what it is handed. */
    static final class Recording implements KindDiff<Schema> {
        final List<String> calls = new ArrayList<>();
        final boolean applies;

        Recording(boolean applies) {
            this.applies = applies;
        }

        @Override
        public List<Schema> objects(Catalog catalog) {
            return catalog.schemas();
        }

        @Override
        public String key(Schema s) {
            return s.name();
        }

        @Override
        public boolean applies(DiffContext ctx) {
            return applies;
        }

        @Override
        public void begin(DiffContext ctx, Map<String, Schema> from, Map<String, Schema> to) {
            calls.add("begin " + from.keySet() + " " + to.keySet());
        }

        @Override
        public void added(DiffContext ctx, Schema s) {
            calls.add("added " + s.name());
        }

        @Override
        public void changed(DiffContext ctx, Schema from, Schema to) {
            calls.add("changed " + from.name() + " " + from.comment() + "->" + to.comment());
        }

        @Override
        public void unchanged(DiffContext ctx, Schema from, Schema to) {
            calls.add("unchanged " + to.name());
        }

        @Override
        public void removed(DiffContext ctx, Schema s) {
            calls.add("removed " + s.name());
        }

        @Override
        public void end(DiffContext ctx) {
            calls.add("end");
        }
    }

    static Catalog schemas(Schema... s) {
        return new Catalog(List.of(s), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void handsTargetOrderFirstThenRemovedObjects() {
        Catalog from = schemas(new Schema("a", null, null), new Schema("b", "x", null), new Schema("c", null, null));
        Catalog to = schemas(new Schema("b", "y", null), new Schema("d", null, null), new Schema("a", null, null));
        DiffContext ctx = new DiffContext(from, to, DiffOptions.defaults(), new PostgresDiffRules());
        ctx.compareFrom(from);
        Recording kind = new Recording(true);
        Recording skipped = new Recording(false);

        DiffWalker.walk(ctx, List.of(kind, skipped));

        // a catalog keeps its objects sorted; the target's come first, in that order, then those only the source has
        assertThat(kind.calls).containsExactly("begin [a, b, c] [a, b, d]", "unchanged a", "changed b x->y", "added d",
                "removed c", "end");
        assertThat(skipped.calls).isEmpty();
    }
}
