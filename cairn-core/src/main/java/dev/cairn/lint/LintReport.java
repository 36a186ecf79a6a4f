package dev.cairn.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every finding of one lint run, in file and line order, static before executed at the same place. */
public record LintReport(List<Finding> findings) {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
            .thenComparing(Finding::layer).thenComparing(Finding::severity).thenComparing(Finding::rule);

    /** Declared after ORDER: the constructor sorts with it, so it must be initialised first. */
    public static final LintReport EMPTY = new LintReport(List.of());

    public LintReport {
        findings = findings.stream().sorted(ORDER).toList();
    }

    /** Both reports' findings together. */
    public LintReport plus(LintReport other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new LintReport(all);
    }

    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The unexcused errors whose rule is not in {@code allowed}: what stops migrate and deploy. */
    public List<Finding> blocking(Set<String> allowed) {
        return findings.stream().filter(Finding::blocking).filter(f -> !allowed.contains(f.rule())).toList();
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
