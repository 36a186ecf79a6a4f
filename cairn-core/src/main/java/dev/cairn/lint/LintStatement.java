package dev.cairn.lint;

import dev.cairn.dialect.Dialects;
import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.List;

/**
 * One statement as the rules see it.
 *
 * @param file       the script's name (relative to the migrations directory) or the plan's name
 * @param statement  the statement and its line
 * @param shape      the dialect's typed reading of it
 * @param facts      the facts to use: the classifier's, refined by what the run knows ({@code newRelation} for a table
 *                   created earlier in the batch), or a plan's exact facts
 * @param exactFacts the facts come from the differ with full schema knowledge (a generated plan): rules trust
 *                   {@code rewritesTable} and {@code newRelation} instead of refining them
 */
public record LintStatement(String file, SqlStatement statement, StatementShape shape, SafetyFacts facts,
        boolean exactFacts) {

    public int line() {
        return statement.line();
    }

    public String sql() {
        return statement.sql();
    }

    public boolean is(String command) {
        return shape.isCommand(command);
    }

    public List<Action> actions(ActionKind kind) {
        return shape.actions().stream().filter(a -> a.kind() == kind).toList();
    }

    /** The statement works on a relation that is empty and unseen by others: created earlier in the same run. */
    public boolean onNewRelation() {
        return facts.newRelation();
    }

    /** The statement's tokens without comments. */
    public List<Token> tokens() {
        return Dialects.current().statements().significantTokens(statement.sql(), file);
    }

    /**
     * Whether the statement holds the keyword as a bare word. Only for what the shape does not carry (CASCADE, STORED,
     * a SELECT feeding an INSERT): a token test, never a pattern over the text.
     */
    public boolean hasKeyword(String keyword) {
        return tokens().stream().anyMatch(t -> t.isWord(keyword));
    }
}
