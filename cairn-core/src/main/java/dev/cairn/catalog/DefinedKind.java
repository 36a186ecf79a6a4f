package dev.cairn.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds modelled as {@link DefinedObject}s: objects whose state is their canonical definition text plus a
 * few alterable settings. {@link #refKind()} is the {@link ObjectRef#kind()} other objects name them by in their
 * {@code dependsOn}; {@link #stage()} says when, relative to the other kinds, they are created and dropped.
 *
 * <p>To add a kind: append a constant here; write its inspect query (one {@code .sql} resource returning the
 * columns {@code DefinedReader} documents) and list it in {@code DefinedReader}; if other objects can depend on
 * it, let {@code dependencies.sql} name it (its catalog and {@code pg_identify_object}); add a corpus group. The
 * differ ({@code DefinedDiff}) and the renderer ({@code DefinedRenderer}) need no change. A kind moving from
 * {@link #UNMODELLED} to modelled: take its catalog out of {@code defined_unmodelled.sql}.
 */
public enum DefinedKind {
    COLLATION("collation", Stage.BEFORE_TYPES),
    CAST("cast", Stage.AFTER_ROUTINES),
    RULE("rule", Stage.AFTER_RELATIONS),
    EVENT_TRIGGER("event trigger", Stage.LAST),
    STATISTICS("statistics object", Stage.AFTER_RELATIONS),
    TEXT_SEARCH_DICTIONARY("text search dictionary", Stage.BEFORE_TYPES),
    TEXT_SEARCH_CONFIGURATION("text search configuration", Stage.BEFORE_TYPES),
    FOREIGN_DATA_WRAPPER("foreign data wrapper", Stage.BEFORE_TYPES),
    FOREIGN_SERVER("server", Stage.BEFORE_TYPES),
    USER_MAPPING("user mapping", Stage.BEFORE_TYPES),
    /** Holds no rows here, so a changed one is dropped and created again, the views over it rebuilt around it. */
    FOREIGN_TABLE("foreign table", Stage.AFTER_ROUTINES),
    PUBLICATION("publication", Stage.AFTER_RELATIONS),
    /**
     * A user object of a kind Cairn does not model (an operator, an operator class, a procedural language…), named
     * {@code <type> <identity>} with no schema and no definition: read only so that the differ can warn when a plan
     * would need it created or dropped, or drops or recreates something it uses. Never created nor dropped.
     */
    UNMODELLED(ObjectRef.KIND_UNMODELLED, Stage.BEFORE_TYPES);

    /**
     * When a kind's objects are created and dropped. Whatever the stage, the objects follow their dependencies
     * ({@code dependsOn}) among the changes of the same phase.
     */
    public enum Stage {
        /**
         * Created before types, tables and routines (which may use them: a column's collation, a text search
         * configuration in an index); dropped last, after everything that used them is gone.
         */
        BEFORE_TYPES,
        /** Created after routines and types (a cast's function); dropped first, before them. */
        AFTER_ROUTINES,
        /** Created after tables, views, constraints and indexes (a rule, a statistics object); dropped first. */
        AFTER_RELATIONS,
        /**
         * Created after every other statement of a plan, which it would otherwise see (an event trigger fires on
         * the plan's own DDL); dropped first.
         */
        LAST
    }

    private final String refKind;
    private final Stage stage;

    DefinedKind(String refKind, Stage stage) {
        this.refKind = refKind;
        this.stage = stage;
    }

    /** The {@link ObjectRef#kind()} naming an object of this kind; also its name in messages. */
    public String refKind() {
        return refKind;
    }

    public Stage stage() {
        return stage;
    }

    /** The kind an {@link ObjectRef#kind()} names, if it is one of these. */
    public static Optional<DefinedKind> ofRefKind(String refKind) {
        return Arrays.stream(values()).filter(k -> k.refKind.equals(refKind)).findFirst();
    }
}
