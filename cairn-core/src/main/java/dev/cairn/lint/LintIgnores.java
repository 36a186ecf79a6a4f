package dev.cairn.lint;

import dev.cairn.dialect.Dialects;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -- cairn:lint-ignore RULE-ID[,RULE-ID…] reason} markers of one script: which statement each excuses (the
 * statement that follows the comment, the one whose first line carries it, or the one it sits in) and the markers that
 * are themselves wrong (no reason, unknown rule) as {@code lint-ignore-invalid} errors at the marker's line.
 */
final class LintIgnores {
    static final String MARKER = "cairn:lint-ignore";
    static final String INVALID = "lint-ignore-invalid";

    /** Excuses by statement index: rule ID → reason. */
    final Map<Integer, Map<String, String>> excuses = new HashMap<>();
    final List<Finding> invalid = new ArrayList<>();

    private LintIgnores() {}

    static LintIgnores read(String file, String content, List<SqlStatement> statements, Set<String> knownRules) {
        LintIgnores out = new LintIgnores();
        if (content == null || !content.contains(MARKER)) {
            return out;
        }
        for (Token t : Dialects.current().statements().tokenize(content, file)) {
            if (!t.isComment()) {
                continue;
            }
            String text = commentText(t);
            int at = text.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            int line = t.line() + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            String rest = text.substring(at + MARKER.length()).strip();
            int owner = owner(t, statements);
            out.parse(file, line, rest, owner, knownRules);
        }
        return out;
    }

    private void parse(String file, int line, String rest, int owner, Set<String> known) {
        // IDs are the first word, or several joined by commas (spaces after a comma allowed)
        List<String> words = new ArrayList<>(Arrays.asList(rest.split("\\s+")));
        words.removeIf(String::isEmpty);
        StringBuilder ids = new StringBuilder();
        int used = 0;
        while (used < words.size()) {
            String w = words.get(used);
            boolean continues = ids.length() == 0 || ids.charAt(ids.length() - 1) == ',' || w.startsWith(",");
            if (!continues) {
                break;
            }
            ids.append(w);
            used++;
        }
        String reason = String.join(" ", words.subList(used, words.size())).strip();
        String where = "The lint-ignore marker";
        if (ids.length() == 0) {
            invalid.add(invalid(file, line, where + " names no rule: write `-- " + MARKER + " <rule-id> <reason>`."));
            return;
        }
        List<String> rules = Arrays.stream(ids.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean ok = true;
        for (String rule : rules) {
            if (!known.contains(rule)) {
                ok = false;
                String hint = dev.cairn.config.Suggestions.closest(rule, known).map(s -> " Did you mean `" + s + "`?")
                        .orElse(" The rules are listed in docs/lint/README.md.");
                invalid.add(invalid(file, line, where + " names `" + rule + "`, which is no lint rule." + hint));
            }
        }
        if (reason.isEmpty()) {
            invalid.add(invalid(file, line, where + " for " + String.join(", ", rules) + " gives no reason: write why the"
                    + " statement is safe after the rule ID, e.g. `-- " + MARKER + " " + rules.get(0)
                    + " the table holds 40 rows`."));
            return;
        }
        if (owner < 0) {
            invalid.add(invalid(file, line, where + " for " + String.join(", ", rules) + " is followed by no statement:"
                    + " put it right before the statement it excuses."));
            return;
        }
        if (ok || rules.stream().anyMatch(known::contains)) {
            Map<String, String> map = excuses.computeIfAbsent(owner, k -> new LinkedHashMap<>());
            rules.stream().filter(known::contains).forEach(r -> map.put(r, reason));
        }
    }

    private static Finding invalid(String file, int line, String message) {
        return new Finding(INVALID, Severity.ERROR, Layer.STATIC, file, line, null, message,
                "-- " + MARKER + " <rule-id>[,<rule-id>…] <why this statement is safe>", null);
    }

    /** The index of the statement a marker comment belongs to, or -1. */
    private static int owner(Token comment, List<SqlStatement> statements) {
        int off = comment.offset();
        int sameLine = -1;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            if (s.offset() <= off && off < s.offset() + s.sql().length()) {
                return i;
            }
            if (s.offset() < off && s.line() == comment.line()) {
                sameLine = i;
            }
        }
        if (sameLine >= 0) {
            return sameLine;
        }
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).offset() > off) {
                return i;
            }
        }
        return -1;
    }

    private static String commentText(Token t) {
        String s = t.text();
        if (t.kind() == Token.Kind.LINE_COMMENT) {
            return s.substring(2);
        }
        return s.length() >= 4 ? s.substring(2, s.length() - 2) : s;
    }
}
