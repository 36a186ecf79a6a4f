package dev.cairn.lint;

import java.util.List;

/**
 * One static lint rule: a stable ID, a default severity, what it catches, and {@link #check} over one statement with
 * what is known around it. Each rule keeps its {@link #cases()} (scripts that must and must not make it fire) in its own
 * class, so the rule and its proof sit side by side; its page is {@code docs/lint/<id>.md}.
 */
public interface LintRule {

    /** Stable kebab-case ID ({@code require-concurrent-index-creation}): used by lint-ignore, allow lists and docs. */
    String id();

    Severity severity();

    /** A short title for the rule table. */
    String title();

    /** One paragraph: what happens when the statement runs and why it matters. */
    String explanation();

    /** The PostgreSQL manual page(s) behind the rule, as URLs. */
    default List<String> references() {
        return List.of();
    }

    /** The findings of this rule for one statement (usually none or one). */
    List<Finding> check(LintStatement statement, LintScope scope);

    /** Scripts that must make this rule fire and scripts that must not. */
    List<LintCase> cases();

    /** The docs page relative to {@code docs/lint/}. */
    default String page() {
        return id() + ".md";
    }
}
