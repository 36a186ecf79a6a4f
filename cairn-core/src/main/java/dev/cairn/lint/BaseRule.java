package dev.cairn.lint;

import dev.cairn.sql.Identifiers;
import dev.cairn.sql.Token;
import java.util.List;

/** What every rule shares: its metadata as fields, and helpers to build findings and safe SQL from the statement. */
public abstract class BaseRule implements LintRule {
    private final String id;
    private final Severity severity;
    private final String title;
    private final String explanation;
    private final List<String> references;

    protected BaseRule(String id, Severity severity, String title, String explanation, String... references) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
        this.references = List.of(references);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    @Override
    public List<String> references() {
        return references;
    }

    protected Finding finding(LintStatement st, String object, String message, String safeAlternative) {
        return new Finding(id, severity, Layer.STATIC, st.file(), st.line(), object, message, safeAlternative, null);
    }

    protected List<Finding> one(LintStatement st, String object, String message, String safeAlternative) {
        return List.of(finding(st, object, message, safeAlternative));
    }

    /** The relation the statement works on, qualified when known, else its first object. */
    protected static String relation(LintStatement st, LintScope scope) {
        if (!st.shape().table().isEmpty()) {
            return scope.qualify(st.shape().table());
        }
        return st.shape().objects().isEmpty() ? null : scope.qualify(st.shape().objects().get(0));
    }

    /** The table as SQL ({@code public.orders}, quoted where needed), as written in the statement. */
    protected static String tableSql(LintStatement st) {
        return st.shape().table().stream().map(Identifiers::quoteIfNeeded).reduce((a, b) -> a + "." + b).orElse("?");
    }

    protected static String name(String identifier) {
        return identifier == null ? "?" : Identifiers.quoteIfNeeded(identifier);
    }

    /** The statement with {@code text} inserted after its first word {@code keyword}, ending with {@code ;}. */
    protected static String insertAfter(LintStatement st, String keyword, String text) {
        for (Token t : st.tokens()) {
            if (t.isWord(keyword)) {
                String sql = st.sql();
                return sql.substring(0, t.end()) + " " + text + sql.substring(t.end()) + ";";
            }
        }
        return st.sql() + ";";
    }

    /** The statement with the words {@code from} (consecutive, in order) removed, ending with {@code ;}. */
    protected static String removeWords(LintStatement st, String... words) {
        List<Token> tokens = st.tokens();
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean match = true;
            for (int j = 0; j < words.length; j++) {
                match &= tokens.get(i + j).isWord(words[j]);
            }
            if (match) {
                String sql = st.sql();
                int start = tokens.get(i).offset();
                int end = tokens.get(i + words.length - 1).end();
                String head = sql.substring(0, start).stripTrailing();
                return head + sql.substring(end) + ";";
            }
        }
        return st.sql() + ";";
    }

    /** The statement as a line of SQL ending with {@code ;}. */
    protected static String asIs(LintStatement st) {
        return st.sql() + ";";
    }
}
