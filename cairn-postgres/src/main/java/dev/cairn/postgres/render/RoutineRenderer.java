package dev.cairn.postgres.render;

import dev.cairn.catalog.Routine;
import dev.cairn.diff.Change.CreateRoutine;
import dev.cairn.diff.Change.DropRoutine;
import dev.cairn.diff.Change.ReplaceRoutine;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.List;

/** Functions, procedures and aggregates: their definitions are the server's whole {@code CREATE OR REPLACE} text. */
final class RoutineRenderer {
    private RoutineRenderer() {}

    static String routineKind(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> "procedure";
            case AGGREGATE -> "aggregate";
            default -> "function";
        };
    }

    static String routineName(Routine r) {
        return r.schema() + "." + r.signature();
    }

    private static String dropSql(Routine r) {
        String args = r.kind() == Routine.Kind.AGGREGATE ? aggregateArgs(r.identityArguments()) : r.identityArguments();
        return Sql.of("DROP " + routineKind(r).toUpperCase()).name(r.schema(), r.name()).append("(" + args + ")").toString();
    }

    /** An aggregate's argument list as DROP, COMMENT ON and ALTER AGGREGATE take it: {@code *} when it has none. */
    static String aggregateArgs(String identityArguments) {
        return identityArguments == null || identityArguments.isBlank() ? "*" : identityArguments;
    }

    /** Nothing when the definition is unknown (a routine read without it). */
    static List<PlannedStatement> create(CreateRoutine c, SafetyFacts f) {
        Routine r = c.routine();
        return r.definition() == null ? List.of()
                : Statements.one(r.definition(), "Create " + routineKind(r) + " " + routineName(r), routineName(r), f, dropSql(r));
    }

    static List<PlannedStatement> replace(ReplaceRoutine c, SafetyFacts f) {
        Routine r = c.to();
        return r.definition() == null ? List.of()
                : Statements.one(r.definition(), "Replace " + routineKind(r) + " " + routineName(r), routineName(r), f, c.from().definition());
    }

    static List<PlannedStatement> drop(DropRoutine c, SafetyFacts f) {
        Routine r = c.routine();
        return Statements.one(dropSql(r), "Drop " + routineKind(r) + " " + routineName(r), routineName(r), f, r.definition());
    }
}
