package dev.cairn.lint;

/**
 * A lint run's tally, for summary lines and documents: excused findings count only as excused.
 *
 * @param errors   unexcused errors (what blocks migrate and deploy)
 * @param warnings unexcused warnings
 * @param infos    unexcused infos
 * @param excused  findings excused by a {@code -- cairn:lint-ignore} comment
 */
public record LintCounts(int errors, int warnings, int infos, int excused) {

    public static LintCounts of(LintReport report) {
        int e = 0;
        int w = 0;
        int i = 0;
        int x = 0;
        for (Finding f : report.findings()) {
            if (f.excused()) {
                x++;
            } else {
                switch (f.severity()) {
                    case ERROR -> e++;
                    case WARNING -> w++;
                    case INFO -> i++;
                }
            }
        }
        return new LintCounts(e, w, i, x);
    }

    /** {@code 2 errors, 1 warning, 1 excused}; {@code no findings} when there are none. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        part(s, errors, "error");
        part(s, warnings, "warning");
        part(s, infos, "info");
        if (excused > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(excused).append(" excused");
        }
        return s.isEmpty() ? "no findings" : s.toString();
    }

    private static void part(StringBuilder s, int n, String word) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(word).append(n == 1 ? "" : "s");
        }
    }
}
