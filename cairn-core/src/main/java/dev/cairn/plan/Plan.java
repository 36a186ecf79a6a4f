package dev.cairn.plan;

import dev.cairn.diff.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The statements that carry out a change set, with their safety facts, warnings and a summary. */
public record Plan(List<PlannedStatement> statements, List<Warning> warnings, Summary summary) {
    public Plan {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public boolean hasDataLoss() {
        return statements.stream().anyMatch(s -> s.risks().contains(Risk.DATA_LOSS));
    }

    /** Qualified names of the objects whose data a statement loses, in plan order. */
    public List<String> dataLossObjects() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        statements.stream().filter(s -> s.risks().contains(Risk.DATA_LOSS)).forEach(s -> out.add(s.object()));
        return List.copyOf(out);
    }

    /** The script: every statement preceded by its {@code -- comment [RISKS]} line, separated by blank lines. */
    public String toSql() {
        StringBuilder b = new StringBuilder();
        for (PlannedStatement s : statements) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(s.commentLine()).append('\n').append(s.sql().strip()).append(";\n");
        }
        return b.toString();
    }

    /** Counts of created, altered and dropped objects by kind ({@code table}, {@code column}, {@code index}…). */
    public record Summary(Map<String, Counts> byKind) {
        public Summary {
            byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
        }

        public record Counts(int created, int altered, int dropped) {
            Counts plus(Counts o) {
                return new Counts(created + o.created, altered + o.altered, dropped + o.dropped);
            }
        }

        static Summary of(List<String[]> kindAndVerb) {
            Map<String, Counts> m = new TreeMap<>();
            for (String[] kv : kindAndVerb) {
                Counts c = switch (kv[1]) {
                    case "create" -> new Counts(1, 0, 0);
                    case "drop" -> new Counts(0, 0, 1);
                    default -> new Counts(0, 1, 0);
                };
                m.merge(kv[0], c, Counts::plus);
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
