package dev.cairn.lint.executed;

import dev.cairn.lint.LintReport;

import java.util.List;

/**
 * The executed layer of lint: what each analysed statement did on a scratch database, and the findings drawn from it
 * (every finding's layer is {@link Layer#EXECUTED}).
 *
 * @param observations one per statement that ran, in run order (a failed statement has none; statements after it
 *                     were not run)
 * @param findings     {@code executed-rewrite}, {@code executed-blocking-lock}, {@code executed-drop},
 *                     {@code executed-failed}
 */
public record ExecutedReport(List<Observation> observations, LintReport findings) {
    public ExecutedReport {
        observations = List.copyOf(observations);
    }

    public static final ExecutedReport EMPTY = new ExecutedReport(List.of(), LintReport.EMPTY);
}
