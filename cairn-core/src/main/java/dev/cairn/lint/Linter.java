package dev.cairn.lint;

import dev.cairn.dialect.Dialects;
import dev.cairn.dialect.StatementRules;
import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.dialect.StatementShape.Category;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.sql.SqlScript;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The static layer of lint: every rule of {@link LintRules#ALL} over every statement of the scripts, in order, with a
 * {@link LintScope} that learns as it goes (relations created, lock timeout set, enum values added…). Findings a
 * {@code -- cairn:lint-ignore} marker excuses stay in the report with their excuse.
 */
public final class Linter {
    private Linter() {}

    /** Every rule, for docs and the CLI's listing. */
    public static List<LintRule> rules() {
        return LintRules.ALL;
    }

    /**
     * Lints {@code scripts} as one run applies them, in the order given (versioned then repeatable; revert files only
     * when the caller passes them): a table created by an earlier statement of the list is new and empty.
     */
    public static LintReport lint(List<? extends SqlScript> scripts, LintOptions options) {
        LintScope scope = new LintScope(options);
        List<Finding> out = new ArrayList<>();
        for (SqlScript s : scripts) {
            lintScript(s.name(), s.content(), s.statements(), s.transactional(), null, scope, out);
        }
        return new LintReport(out);
    }

    /**
     * Lints a plan from generate as the migration file it becomes ({@link Plan#toSql()}, so lines match the file): each
     * statement's facts are the differ's ({@link PlannedStatement#facts()}: rewrite, new relation and data loss exact),
     * its shape the classifier's.
     */
    public static LintReport lintPlan(String name, Plan plan, LintOptions options) {
        String text = plan.toSql();
        List<SqlStatement> statements = new ArrayList<>();
        List<SafetyFacts> facts = new ArrayList<>();
        int from = 0;
        for (PlannedStatement p : plan.statements()) {
            String sql = p.sql().strip();
            int at = text.indexOf(sql, from);
            if (at < 0) {
                at = from;
            }
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            statements.add(new SqlStatement(sql, line, 1, at));
            facts.add(p.facts());
            from = at + sql.length();
        }
        boolean transactional = plan.statements().stream().noneMatch(p -> p.facts().outsideTransaction());
        List<Finding> out = new ArrayList<>();
        lintScript(name, text, statements, transactional, facts, new LintScope(options), out);
        return new LintReport(out);
    }

    private static void lintScript(String file, String content, List<SqlStatement> statements, boolean transactional,
            List<SafetyFacts> exact, LintScope scope, List<Finding> out) {
        StatementRules sql = Dialects.current().statements();
        Set<String> ids = LintRules.ALL.stream().map(LintRule::id).collect(Collectors.toSet());
        LintIgnores ignores = LintIgnores.read(file, content, statements, ids);
        out.addAll(ignores.invalid);
        scope.startScript(transactional);
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            StatementShape shape = sql.shape(statement);
            SafetyFacts facts = exact != null ? exact.get(i) : refine(shape, scope);
            LintStatement st = new LintStatement(file, statement, shape, facts, exact != null);
            Map<String, String> excuses = ignores.excuses.getOrDefault(i, Map.of());
            for (LintRule rule : LintRules.ALL) {
                for (Finding f : rule.check(st, scope)) {
                    String reason = excuses.get(f.rule());
                    out.add(reason == null ? f : f.excusedBy(reason));
                }
            }
            learn(st, scope);
        }
    }

    /** The classifier's facts, with what the batch knows: a relation created earlier in it is new and empty. */
    private static SafetyFacts refine(StatementShape shape, LintScope scope) {
        SafetyFacts facts = shape.facts();
        // the table a statement works on (CREATE INDEX / TRIGGER / POLICY … ON it, ALTER, TRUNCATE…)
        if (scope.isNew(shape.table())) {
            return facts.onNewRelation();
        }
        // or the one object it alters or drops (a CREATE names the object it makes, which is not yet new)
        if (shape.table().isEmpty() && shape.objects().size() == 1 && !shape.command().startsWith("CREATE")
                && scope.isNew(shape.objects().get(0))) {
            return facts.onNewRelation();
        }
        return facts;
    }

    /** Updates the scope with what the statement changes for the ones after it. */
    private static void learn(LintStatement st, LintScope scope) {
        StatementShape shape = st.shape();
        String command = shape.command();
        if (command.startsWith("CREATE") && !command.contains("INDEX") && !command.contains("TRIGGER")
                && !command.contains("POLICY") && !command.contains("RULE")) {
            shape.objects().forEach(scope::created);
        }
        if (command.startsWith("CREATE") && command.endsWith("INDEX") && st.onNewRelation()) {
            shape.objects().forEach(scope::created); // an index of a new table: dropping it later blocks nobody
        }
        List<String> table = shape.table();
        if (!table.isEmpty()) {
            for (Action a : shape.actions()) {
                if ((a.kind() == ActionKind.ADD_COLUMN || a.kind() == ActionKind.ALTER_COLUMN_TYPE) && a.column() != null
                        && a.type() != null) {
                    scope.columnType(table, a.column(), a.type());
                }
                if (a.kind() == ActionKind.VALIDATE_CONSTRAINT && a.constraint() != null) {
                    scope.validated(table, a.constraint());
                }
            }
            List<Action> checks = shape.actions().stream().filter(a -> "CHECK".equals(a.constraintType())).toList();
            if (!checks.isEmpty()) {
                List<Optional<String>> columns = NotNullChecks.columns(st.tokens());
                for (int i = 0; i < checks.size() && i < columns.size(); i++) {
                    Action a = checks.get(i);
                    int index = i;
                    columns.get(i).ifPresent(c -> scope.notNullCheck(table, a.constraint(), c, !checks.get(index).notValid()));
                }
            }
        }
        for (Action a : shape.actions()) {
            if (a.kind() == ActionKind.ADD_VALUE && a.newName() != null) {
                String type = shape.objects().isEmpty() ? null : String.join(".", shape.objects().get(0));
                scope.enumValueAdded(unquote(a.newName()), type);
            }
        }
        if (shape.category() == Category.SESSION && shape.setting() != null
                && shape.setting().name().equals("lock_timeout")) {
            scope.lockTimeout(isOn(shape.setting().value()));
        }
        if (shape.category() == Category.TRANSACTION) {
            String first = command.split(" ")[0];
            if (first.equals("BEGIN") || first.equals("START")) {
                scope.explicitTransaction(true);
            } else if (first.equals("COMMIT") || first.equals("END") || first.equals("ROLLBACK") || first.equals("ABORT")) {
                if (!command.contains("TO")) {
                    scope.explicitTransaction(false);
                }
            }
        }
        scope.done(st);
    }

    /** A lock_timeout value that waits: anything but 0 (in any unit), DEFAULT or RESET. */
    static boolean isOn(String value) {
        if (value == null) {
            return false;
        }
        String v = unquote(value.strip()).strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("default") || v.isEmpty()) {
            return false;
        }
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
            i++;
        }
        try {
            return i == 0 || Double.parseDouble(v.substring(0, i)) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** {@code 'gold'} → {@code gold}; anything else as it is. */
    static String unquote(String literal) {
        if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        return literal;
    }

    /** The string literals of a statement, unquoted (only plain {@code '…'} literals). */
    static List<String> literals(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.STRING && t.text().startsWith("'"))
                .map(t -> unquote(t.text())).toList();
    }
}
