package dev.cairn.check;

import dev.cairn.migrate.Problem;
import java.util.List;

/**
 * The offline checks' results for one set of files ({@link ProjectFiles#origin()}).
 *
 * @param origin  {@code work tree} or {@code git index}
 * @param checks  naming, sum, schema, in that order
 * @param notices things worth knowing that are not problems
 */
public record CheckReport(String origin, List<CheckResult> checks, List<String> notices) {
    public CheckReport {
        checks = List.copyOf(checks);
        notices = List.copyOf(notices);
    }

    public boolean ok() {
        return checks.stream().noneMatch(c -> c.status() == CheckResult.Status.FAILED);
    }

    public List<Problem> problems() {
        return checks.stream().flatMap(c -> c.problems().stream()).toList();
    }
}
