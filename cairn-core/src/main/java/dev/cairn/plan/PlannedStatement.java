package dev.cairn.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One SQL statement of a plan (without its terminating semicolon), what it does in words, its risks
 * and the qualified name of the object it concerns.
 */
public record PlannedStatement(String sql, String comment, Set<Risk> risks, String object) {
    public PlannedStatement {
        risks = risks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(risks));
    }

    /** {@code -- Drop column public.users.age [DATA LOSS]}. */
    public String commentLine() {
        StringBuilder b = new StringBuilder("-- ").append(comment.replace('\n', ' '));
        if (!risks.isEmpty()) {
            b.append(" [");
            boolean first = true;
            for (Risk r : EnumSet.copyOf(risks)) {
                b.append(first ? "" : ", ").append(r.label);
                first = false;
            }
            b.append(']');
        }
        return b.toString();
    }
}
