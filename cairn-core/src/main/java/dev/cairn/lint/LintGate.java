package dev.cairn.lint;

import dev.cairn.CairnException;
import dev.cairn.config.Suggestions;
import dev.cairn.sql.SqlScript;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lint gate of {@code migrate} and {@code deploy}: the static layer over the pending migrations (as one run
 * applies them, so a table created earlier in the batch is new), and the unexcused errors it refuses unless their
 * rule is allowed ({@code --allow RULE}). Only the static layer gates: it is fast and needs no scratch database.
 *
 * @param enabled whether the gate runs at all (off for replays into scratch databases, which apply vetted history)
 * @param allowed the rule IDs whose errors do not block
 */
public record LintGate(boolean enabled, Set<String> allowed) {
    /** No lint: replays, test fixtures, the executor's own uses. */
    public static final LintGate OFF = new LintGate(false, Set.of());
    /** The gate with nothing allowed: what {@code cairn migrate} does by default. */
    public static final LintGate ON = new LintGate(true, Set.of());

    public LintGate {
        allowed = Set.copyOf(allowed);
    }

    /**
     * The gate allowing {@code rules}; each element may hold several IDs separated by commas.
     *
     * @throws CairnException USAGE for an ID no static rule has (a typo would otherwise allow nothing, silently)
     */
    public static LintGate allowing(Collection<String> rules) {
        Set<String> ids = new TreeSet<>();
        if (rules != null) {
            for (String r : rules) {
                for (String id : r.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        Set<String> known = new TreeSet<>();
        Linter.rules().forEach(rule -> known.add(rule.id()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw CairnException.usage("--allow " + id + ": no lint rule has that ID"
                        + Suggestions.closest(id, known).map(s -> " (did you mean " + s + "?)").orElse("")
                        + ". The rules are listed in docs/lint/README.md; a refused run names the rule to allow.");
            }
        }
        return new LintGate(true, ids);
    }

    /** The static findings of {@code pending} under the run's lock timeout; empty when the gate is off. */
    public LintReport lint(List<? extends SqlScript> pending, Duration lockTimeout) {
        if (!enabled || pending.isEmpty()) {
            return LintReport.EMPTY;
        }
        return Linter.lint(pending, LintOptions.defaults().withLockTimeout(lockTimeout));
    }

    /** The findings that stop the run: unexcused errors of rules not allowed. */
    public List<Finding> blocking(LintReport report) {
        return enabled ? report.blocking(allowed) : List.of();
    }

    /**
     * The refusal: a first line saying nothing was done, then one paragraph per blocking finding.
     *
     * @param what e.g. {@code "cairn migrate refused"}
     */
    public static String refusal(String what, List<Finding> blocking) {
        StringBuilder m = new StringBuilder(what + ": " + blocking.size() + " lint error(s) in the pending migrations,"
                + " so nothing was applied.");
        for (Finding f : blocking) {
            m.append("\n\n").append(explain(f));
        }
        return m.toString();
    }

    /** One paragraph: where, which rule, what happens, the safe way, and the three ways to proceed. */
    public static String explain(Finding f) {
        return explain(f, true);
    }

    /**
     * @param allowFlag whether {@code --allow} is a way forward (migrate, deploy); {@code cairn check} names only the
     *                  fix and the lint-ignore comment, since nothing there can be allowed
     */
    public static String explain(Finding f, boolean allowFlag) {
        StringBuilder p = new StringBuilder(f.location() + ": " + f.rule() + " (" + f.severity().label() + "): "
                + f.message().strip());
        if (f.safeAlternative() != null && !f.safeAlternative().isBlank()) {
            p.append(" Safe alternative: ").append(oneLine(f.safeAlternative())).append('.');
        }
        p.append(" To proceed: fix the statement; or, if it is safe here (say, the table is small or not yet in use),"
                + " put `-- cairn:lint-ignore ").append(f.rule()).append(" <reason>` on the line above it")
                .append(allowFlag ? "; or pass `--allow " + f.rule() + "` for this run" : "").append(". See docs/lint/")
                .append(f.rule()).append(".md.");
        return p.toString();
    }

    private static String oneLine(String sql) {
        String s = sql.strip().replaceAll("\\s*\\n\\s*", " ");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
