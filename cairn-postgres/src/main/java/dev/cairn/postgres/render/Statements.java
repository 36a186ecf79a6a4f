package dev.cairn.postgres.render;

import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;

/** The statements one change renders, in order, each with its facts and reverse. */
final class Statements {
    private final List<PlannedStatement> list = new ArrayList<>();

    /** {@code reverse} null when undoing the statement needs data or is not well defined. */
    Statements add(Object sql, String comment, String object, SafetyFacts facts, Object reverse) {
        list.add(new PlannedStatement(sql.toString(), comment, facts, object, reverse == null ? null : reverse.toString()));
        return this;
    }

    Statements add(Object sql, String comment, String object, SafetyFacts facts) {
        return add(sql, comment, object, facts, null);
    }

    List<PlannedStatement> list() {
        return List.copyOf(list);
    }

    static List<PlannedStatement> one(Object sql, String comment, String object, SafetyFacts facts, Object reverse) {
        return new Statements().add(sql, comment, object, facts, reverse).list();
    }
}
