package dev.cairn.postgres.sql;

import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.Category;
import dev.cairn.dialect.StatementShape.Setting;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.SafetyFacts;
import java.util.ArrayList;
import java.util.List;

/** What {@link StatementShapes} has read of one statement so far; the facts accumulate as the reading goes. */
final class ShapeBuilder {
    String command = "";
    Category category = Category.OTHER;
    final List<List<String>> objects = new ArrayList<>();
    List<String> table = List.of();
    boolean concurrently;
    final List<Action> actions = new ArrayList<>();
    Setting setting;

    LockLevel lock = LockLevel.NONE;
    /** The relation {@link #lock} is taken on, as name parts. */
    List<String> locked = List.of();
    String referenced;
    boolean rewrites;
    boolean scans;
    boolean buildsIndex;
    boolean dataLoss;
    boolean outsideTransaction;
    boolean usableAfterCommit;
    boolean newRelation;

    ShapeBuilder(String command, Category category) {
        this.command = command;
        this.category = category;
    }

    /** Takes {@code level} on {@code relation}, unless a stronger lock is already held (on the relation named then). */
    void lock(LockLevel level, List<String> relation) {
        if (level.compareTo(lock) >= 0) {
            locked = relation;
            lock = level;
        }
    }

    /** Raises the lock on the relation already named. */
    void raise(LockLevel level) {
        lock = lock.max(level);
    }

    StatementShape build() {
        String relation = lock == LockLevel.NONE || locked.isEmpty() ? null : qualified(locked);
        SafetyFacts facts = new SafetyFacts(relation == null ? LockLevel.NONE : lock, relation, referenced, rewrites,
                scans, buildsIndex || rewrites, dataLoss, outsideTransaction, usableAfterCommit, newRelation);
        return new StatementShape(command, category, objects, table, concurrently, actions, setting, facts);
    }

    /** Name parts joined with dots, the way {@link SafetyFacts#lockedRelation()} names a relation. */
    static String qualified(List<String> parts) {
        return parts == null || parts.isEmpty() ? null : String.join(".", parts);
    }
}
