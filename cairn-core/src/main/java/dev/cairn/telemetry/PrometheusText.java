package dev.cairn.telemetry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cairn's metrics as Prometheus text exposition format: a fixed set of metric families, each series a list of
 * label values in the family's label order. It reads back what it wrote (the file is the state kept across
 * runs), ignoring lines it does not know, so a damaged or foreign file costs at most a counter reset.
 */
final class PrometheusText {

    record Family(String name, String type, String help, List<String> labels) {}

    static final Family RUNS = new Family("cairn_runs_total", "counter",
            "Runs that ended, by environment, command and status.", List.of("environment", "command", "status"));
    static final Family RUN_DURATION = new Family("cairn_run_duration_seconds", "gauge",
            "How long the last run took.", List.of("environment", "command"));
    static final Family LAST_RUN = new Family("cairn_last_run_timestamp_seconds", "gauge",
            "When the last run ended (Unix time).", List.of("environment", "command"));
    static final Family LAST_SUCCESS = new Family("cairn_last_success_timestamp_seconds", "gauge",
            "When the last run with status ok ended (Unix time).", List.of("environment", "command"));
    static final Family APPLIED = new Family("cairn_migrations_applied_total", "counter",
            "Migrations applied.", List.of("environment"));
    static final Family FAILED = new Family("cairn_migration_failures_total", "counter",
            "Migrations that failed.", List.of("environment"));
    static final Family DEPLOY_DURATION = new Family("cairn_deploy_duration_seconds", "gauge",
            "How long the last deploy took.", List.of("environment"));
    static final Family STAGE_DURATION = new Family("cairn_deploy_stage_duration_seconds", "gauge",
            "How long each stage of the last deploy that ran it took.", List.of("environment", "stage"));
    static final List<Family> FAMILIES = List.of(RUNS, RUN_DURATION, LAST_RUN, LAST_SUCCESS, APPLIED, FAILED,
            DEPLOY_DURATION, STAGE_DURATION);

    private static final Comparator<List<String>> SERIES_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final Map<String, Map<List<String>, Double>> values = new LinkedHashMap<>();

    PrometheusText() {
        for (Family f : FAMILIES) {
            values.put(f.name(), new TreeMap<>(SERIES_ORDER));
        }
    }

    void set(Family f, List<String> labels, double value) {
        check(f, labels);
        values.get(f.name()).put(List.copyOf(labels), value);
    }

    void add(Family f, List<String> labels, double delta) {
        check(f, labels);
        values.get(f.name()).merge(List.copyOf(labels), delta, Double::sum);
    }

    Double get(Family f, List<String> labels) {
        return values.get(f.name()).get(labels);
    }

    private static void check(Family f, List<String> labels) {
        if (labels.size() != f.labels().size()) {
            throw new IllegalArgumentException(f.name() + " has labels " + f.labels() + ", not " + labels);
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (Family f : FAMILIES) {
            Map<List<String>, Double> series = values.get(f.name());
            if (series.isEmpty()) {
                continue;
            }
            out.append("# HELP ").append(f.name()).append(' ').append(f.help()).append('\n');
            out.append("# TYPE ").append(f.name()).append(' ').append(f.type()).append('\n');
            series.forEach((labels, value) -> {
                out.append(f.name()).append('{');
                for (int i = 0; i < labels.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(f.labels().get(i)).append("=\"").append(escape(labels.get(i))).append('"');
                }
                out.append("} ").append(number(value)).append('\n');
            });
        }
        return out.toString();
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The series of a file this class wrote; unknown families, label sets and unreadable lines are skipped. */
    static PrometheusText parse(String text) {
        PrometheusText t = new PrometheusText();
        Map<String, Family> byName = new LinkedHashMap<>();
        FAMILIES.forEach(f -> byName.put(f.name(), f));
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Sample s = Sample.parse(line);
            Family f = s == null ? null : byName.get(s.name());
            if (f == null || !s.labels().keySet().equals(new HashSet<>(f.labels()))) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            f.labels().forEach(l -> labels.add(s.labels().get(l)));
            t.set(f, labels, s.value());
        }
        return t;
    }

    /** One sample line: {@code name{label="value",…} number}. */
    record Sample(String name, Map<String, String> labels, double value) {
        static Sample parse(String line) {
            int i = 0;
            int n = line.length();
            while (i < n && line.charAt(i) != '{' && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String name = line.substring(0, i);
            Map<String, String> labels = new LinkedHashMap<>();
            if (i < n && line.charAt(i) == '{') {
                i++;
                while (i < n && line.charAt(i) != '}') {
                    int eq = line.indexOf('=', i);
                    if (eq < 0 || eq + 1 >= n || line.charAt(eq + 1) != '"') {
                        return null;
                    }
                    String label = line.substring(i, eq).strip();
                    StringBuilder value = new StringBuilder();
                    int j = eq + 2;
                    for (; j < n && line.charAt(j) != '"'; j++) {
                        char c = line.charAt(j);
                        if (c == '\\' && j + 1 < n) {
                            char next = line.charAt(++j);
                            value.append(next == 'n' ? '\n' : next);
                        } else {
                            value.append(c);
                        }
                    }
                    if (j >= n) {
                        return null;
                    }
                    labels.put(label, value.toString());
                    i = j + 1;
                    if (i < n && line.charAt(i) == ',') {
                        i++;
                    }
                }
                if (i >= n) {
                    return null;
                }
                i++;
            }
            String[] rest = line.substring(i).strip().split("\\s+");
            if (name.isEmpty() || rest.length == 0 || rest[0].isEmpty()) {
                return null;
            }
            try {
                String v = rest[0];
                double value = v.equals("+Inf") ? Double.POSITIVE_INFINITY : v.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(v);
                return new Sample(name, labels, value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
