package dev.cairn.plan;

import dev.cairn.plan.SafetyFacts;
import java.util.Set;

/**
 * One SQL statement of a plan (without its terminating semicolon), what it does in words, its safety facts, the
 * qualified name of the object it concerns, and the statement that undoes it when that needs no data (null otherwise:
 * a drop, a rewrite that loses values…).
 */
public record PlannedStatement(String sql, String comment, SafetyFacts facts, String object, String reverse) {
    public PlannedStatement {
        facts = facts == null ? SafetyFacts.NONE : facts;
    }

    /** A statement without a known reverse. */
    public PlannedStatement(String sql, String comment, SafetyFacts facts, String object) {
        this(sql, comment, facts, object, null);
    }

    /** The flags of {@link #commentLine()}, derived from {@link #facts()}. */
    public Set<Risk> risks() {
        return Risk.of(facts);
    }

    public PlannedStatement withFacts(SafetyFacts f) {
        return new PlannedStatement(sql, comment, f, object, reverse);
    }

    /** {@code -- Drop column public.users.age [DATA LOSS]}. */
    public String commentLine() {
        StringBuilder b = new StringBuilder("-- ").append(comment.replace('\n', ' '));
        Set<Risk> risks = risks();
        if (!risks.isEmpty()) {
            b.append(" [");
            boolean first = true;
            for (Risk r : risks) {
                b.append(first ? "" : ", ").append(r.label);
                first = false;
            }
            b.append(']');
        }
        return b.toString();
    }
}
