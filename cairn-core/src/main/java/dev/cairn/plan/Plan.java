package dev.cairn.plan;

import dev.cairn.diff.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements that carry out a change set, with their safety facts, warnings and a summary.
 *
 * <p><b>New enum values and transactions.</b> PostgreSQL refuses to use an enum value in the transaction that
 * added it ("unsafe use of new value"). A plan holds its {@code ALTER TYPE … ADD VALUE} statements (flagged
 * {@link dev.cairn.plan.SafetyFacts#usableAfterCommit()}) in order like any other, and {@link #needsCommitSplit()} says whether a later
 * statement uses a value they add (its literal, or a cast to its type). Such a plan cannot run as one
 * transaction: {@link #transactions()} splits it in two, the {@code ADD VALUE} statements first (they only need
 * the enum to exist, so moving them ahead of the rest is safe), then everything else. Whoever runs a plan runs
 * each part in its own transaction: {@link dev.cairn.generate.Generator} writes them as two consecutive
 * migrations (each with its revert, since {@code cairn migrate} runs one transaction per file), and the
 * round-trip tests commit between them.
 */
public record Plan(List<PlannedStatement> statements, List<Warning> warnings, Summary summary) {
    public Plan {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    private static final Pattern ADD_VALUE = Pattern.compile("ADD VALUE ('(?:[^']|'')*')");

    /** Whether a statement uses an enum value that an earlier statement usable after commit adds. */
    public boolean needsCommitSplit() {
        List<Pattern> uses = new ArrayList<>();
        for (PlannedStatement s : statements) {
            if (s.facts().usableAfterCommit()) {
                Matcher m = ADD_VALUE.matcher(s.sql());
                if (m.find()) {
                    uses.add(Pattern.compile(Pattern.quote(m.group(1))));
                }
                String type = s.object() == null ? "" : s.object().substring(s.object().lastIndexOf('.') + 1);
                if (!type.isEmpty()) {
                    String q = Pattern.quote(dev.cairn.sql.Identifiers.quoteIfNeeded(type));
                    uses.add(Pattern.compile("::(?:[\\w\"]+\\.)?" + q + "(?![\\w\"])"));
                }
            } else if (uses.stream().anyMatch(p -> p.matcher(s.sql()).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plan as the transactions it must run in: itself alone, or, when {@link #needsCommitSplit()}, the
     * {@code ADD VALUE} statements then the rest (warnings with the second part).
     */
    public List<Plan> transactions() {
        if (!needsCommitSplit()) {
            return List.of(this);
        }
        List<PlannedStatement> first = statements.stream().filter(s -> s.facts().usableAfterCommit()).toList();
        List<PlannedStatement> rest = statements.stream().filter(s -> !s.facts().usableAfterCommit()).toList();
        List<Summary.Entry> firstKinds = first.stream().map(s -> new Summary.Entry(ChangeKind.TYPE, Verb.ALTER)).toList();
        Map<String, Summary.Counts> restCounts = new TreeMap<>(summary.byKind());
        String type = ChangeKind.TYPE.label;
        Summary.Counts types = restCounts.get(type);
        if (types != null) {
            Summary.Counts left = new Summary.Counts(types.created(), Math.max(0, types.altered() - first.size()), types.dropped());
            if (left.created() + left.altered() + left.dropped() == 0) {
                restCounts.remove(type);
            } else {
                restCounts.put(type, left);
            }
        }
        return List.of(new Plan(first, List.of(), Summary.of(firstKinds)), new Plan(rest, warnings, new Summary(restCounts)));
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public boolean hasDataLoss() {
        return statements.stream().anyMatch(s -> s.facts().dataLoss());
    }

    /** Qualified names of the objects whose data a statement loses, in plan order. */
    public List<String> dataLossObjects() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        statements.stream().filter(s -> s.facts().dataLoss()).forEach(s -> out.add(s.object()));
        return List.copyOf(out);
    }

    /** The script: every statement preceded by its {@code -- comment [RISKS]} line, separated by blank lines. */
    public String toSql() {
        return toSql(s -> List.of());
    }

    /** {@link #toSql()} with {@code extra} comment lines (each starting {@code --}) after a statement's comment line. */
    public String toSql(java.util.function.Function<PlannedStatement, List<String>> extra) {
        StringBuilder b = new StringBuilder();
        for (PlannedStatement s : statements) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(s.commentLine()).append('\n');
            extra.apply(s).forEach(line -> b.append(line).append('\n'));
            b.append(s.sql().strip()).append(";\n");
        }
        return b.toString();
    }

    /**
     * Counts of created, altered and dropped objects by kind, keyed by {@link ChangeKind#label} ({@code table},
     * {@code column}, {@code index}…: the keys of the JSON documents).
     */
    public record Summary(Map<String, Counts> byKind) {
        public Summary {
            byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
        }

        public record Counts(int created, int altered, int dropped) {
            Counts plus(Counts o) {
                return new Counts(created + o.created, altered + o.altered, dropped + o.dropped);
            }
        }

        /** One change: the kind of object it concerns and what it does to it ({@link ChangeSummaries#of}). */
        public record Entry(ChangeKind kind, Verb verb) {}

        public static Summary of(List<Entry> entries) {
            Map<String, Counts> m = new TreeMap<>();
            for (Entry e : entries) {
                Counts c = switch (e.verb()) {
                    case CREATE -> new Counts(1, 0, 0);
                    case DROP -> new Counts(0, 0, 1);
                    case ALTER -> new Counts(0, 1, 0);
                };
                m.merge(e.kind().label, c, Counts::plus);
            }
            return new Summary(m);
        }

        public boolean isEmpty() {
            return byKind.isEmpty();
        }

        /** {@code table: 1 created, 2 altered; column: 1 dropped}. */
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            byKind.forEach((kind, c) -> {
                List<String> p = new ArrayList<>();
                if (c.created() > 0) p.add(c.created() + " created");
                if (c.altered() > 0) p.add(c.altered() + " altered");
                if (c.dropped() > 0) p.add(c.dropped() + " dropped");
                parts.add(kind + ": " + String.join(", ", p));
            });
            return parts.isEmpty() ? "no changes" : String.join("; ", parts);
        }
    }
}
