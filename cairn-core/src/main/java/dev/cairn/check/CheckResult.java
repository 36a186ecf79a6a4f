package dev.cairn.check;

import dev.cairn.migrate.Problem;
import java.util.List;

/**
 * One offline check's verdict.
 *
 * @param id       stable name: {@code naming}, {@code sum} or {@code schema}
 * @param title    what it checks, for people
 * @param status   passed, failed (problems) or skipped (could not judge; {@code summary} says why)
 * @param summary  one sentence
 * @param problems what is wrong, one per file or finding; empty unless failed
 */
public record CheckResult(String id, String title, Status status, String summary, List<Problem> problems) {
    public enum Status {
        PASSED, FAILED, SKIPPED;

        /** Lower case, as in JSON and reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CheckResult {
        problems = List.copyOf(problems);
    }
}
